/**
 * The deployment files, checked without a Docker engine (none on these machines): docker-compose.yml parses and wires
 * Neo4j and the app together, the Dockerfile and .dockerignore hold what the image needs, and .env.example lists
 * exactly the settings server/config.ts reads.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';

const read = (f: string) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');

/** The environment keys loadConfig reads, found by running it against recording environments (both store modes, with a model). */
function keysConfigReads(): string[] {
  const seen = new Set<string>();
  const model = { MODEL_BASE_URL: 'http://localhost:11434/v1', MODEL_NAME: 'qwen2.5:7b' };
  for (const given of [{}, { NEO4J_URI: 'bolt://localhost:7687' }, model] as Record<string, string>[]) {
    const env = new Proxy(given, {
      get: (t, k) => {
        if (typeof k === 'string') seen.add(k);
        return t[k as string];
      },
    });
    loadConfig(env as NodeJS.ProcessEnv);
  }
  return [...seen].sort();
}

interface Service {
  image?: string;
  build?: string | { context: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { strict: true, uniqueKeys: true }) as {
    services: Record<string, Service>; volumes: Record<string, unknown>;
  };
  const { neo4j, app } = compose.services;

  it('runs Neo4j 5 Community with Bolt and HTTP published, auth from the environment, a health check and a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5-community');
    const published = (neo4j.ports ?? []).map((p) => p.split(':').slice(-2).join(':'));
    expect(published).toEqual(expect.arrayContaining(['7687:7687', '7474:7474']));
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-[^}]{8,}\}$/);
    expect(JSON.stringify(neo4j.healthcheck?.test)).toMatch(/7474/);
    const [volume, mount] = (neo4j.volumes ?? [])[0].split(':');
    expect(mount).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('builds the app from the Dockerfile and points it at the neo4j service once that is healthy', () => {
    expect(app.build === '.' || (typeof app.build === 'object' && app.build.context === '.')).toBe(true);
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    // The app logs in with the very password the container was given.
    expect(neo4j.environment?.NEO4J_AUTH.replace(/^neo4j\//, '')).toBe(app.environment?.NEO4J_PASSWORD);
    expect(app.environment?.NEO4J_USER ?? 'neo4j').toBe('neo4j');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.ports).toContain('3000:3000');
    expect(loadConfig(app.environment ?? {}).neo4j?.uri).toBe('bolt://neo4j:7687');
  });

  it('sets only settings the app reads', () => {
    const known = keysConfigReads();
    expect(Object.keys(app.environment ?? {}).filter((k) => !known.includes(k))).toEqual([]);
  });
});

describe('Dockerfile and .dockerignore', () => {
  const dockerfile = read('Dockerfile');
  const lines = dockerfile.split('\n').filter((l) => !l.trimStart().startsWith('#'));
  const instr = (name: string) => lines.filter((l) => l.startsWith(`${name} `));

  it('builds on node:20-bookworm-slim with npm ci and the client build, runs as a non-root user', () => {
    expect(instr('FROM')).toEqual(['FROM node:20-bookworm-slim']);
    const run = instr('RUN').join('\n');
    expect(run).toMatch(/npm ci\b/);
    expect(run).toMatch(/npm run build\b/);
    expect(run.indexOf('npm ci')).toBeLessThan(run.indexOf('npm run build'));
    const users = instr('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER (root|0)\b/);
  });

  it('exposes 3000, checks /api/health and starts server/main.ts', () => {
    expect(instr('EXPOSE')).toEqual(['EXPOSE 3000']);
    expect(dockerfile).toMatch(/HEALTHCHECK [\s\S]*\/api\/health/);
    expect(instr('CMD').at(-1)).toMatch(/server\/main\.ts/);
  });

  it('keeps local state, builds and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data', 'dist', '.git', 'test-results', '.env']));
  });
});

describe('.env.example', () => {
  it('lists every setting server/config.ts reads, and nothing else', () => {
    const listed = [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(keysConfigReads());
  });

  it('is a valid configuration as written', () => {
    const env = Object.fromEntries(
      [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });

  it('reads NEO4J_* in both store modes (the recorder sees conditional reads)', () => {
    expect(keysConfigReads()).toEqual(expect.arrayContaining(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'PORT']));
  });
});
