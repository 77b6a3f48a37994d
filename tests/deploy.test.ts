/**
 * The deployment files, checked without a Docker engine (none on these machines): docker-compose.yml is valid for
 * Compose itself (`docker compose config`, or `docker-compose config`, when either is installed) and wires Neo4j and
 * the app together; the Dockerfile installs what the lock file can install, builds the client, and its CMD and
 * HEALTHCHECK work when run as written; .dockerignore and .env.example hold what they should.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
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

  const tool = composeCommand();
  it.skipIf(!tool)(`is valid for Compose itself (${tool?.join(' ') ?? 'skipped: no docker compose or docker-compose here'} config)`, () => {
    const run = spawnSync(tool![0], [...tool!.slice(1), 'config', '-q'], {
      cwd: new URL('..', import.meta.url), env: { ...process.env, NEO4J_PASSWORD: 'compose-check-password' }, encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

/** `docker compose` when the plugin answers, else `docker-compose` (Debian's package), else null. */
function composeCommand(): string[] | null {
  for (const cmd of [['docker', 'compose'], ['docker-compose']]) {
    try {
      execFileSync(cmd[0], [...cmd.slice(1), 'version'], { stdio: 'ignore' });
      return cmd;
    } catch {
      // not installed
    }
  }
  return null;
}

describe('Dockerfile and .dockerignore', () => {
  const dockerfile = read('Dockerfile');
  const lines = dockerfile.split('\n').filter((l) => !l.trimStart().startsWith('#'));
  const instr = (name: string) => lines.filter((l) => l.startsWith(`${name} `));

  it('builds on node:20-bookworm-slim with npm install from the lock (npm ci refuses it) and the client build, as a non-root user', () => {
    expect(instr('FROM')).toEqual(['FROM node:20-bookworm-slim']);
    expect(instr('COPY')[0]).toMatch(/package\.json package-lock\.json/);
    const run = instr('RUN').join('\n');
    expect(run).not.toMatch(/npm ci\b/);
    expect(run).toMatch(/npm install\b/);
    expect(run).toMatch(/npm run build\b/);
    expect(run.indexOf('npm install')).toBeLessThan(run.indexOf('npm run build'));
    const users = instr('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER (root|0)\b/);
  });

  it('exposes 3000, checks /api/health and starts server/main.ts', () => {
    expect(instr('EXPOSE')).toEqual(['EXPOSE 3000']);
    expect(dockerfile).toMatch(/HEALTHCHECK [\s\S]*\/api\/health/);
    expect(instr('CMD').at(-1)).toMatch(/server\/main\.ts/);
  });

  it('starts with its CMD as written, and its HEALTHCHECK passes against it', async () => {
    const cmd = JSON.parse(instr('CMD').at(-1)!.slice('CMD '.length)) as string[];
    const check = JSON.parse(/HEALTHCHECK[\s\S]*?CMD (\[.*\])/.exec(dockerfile)![1]) as string[];
    const port = await freePort();
    const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_PATH: ':memory:', SEED_DIR: '', NEO4J_URI: '', LOG_LEVEL: 'warn' };
    const server = spawn(cmd[0], cmd.slice(1), { cwd: new URL('..', import.meta.url), env, stdio: 'ignore' });
    try {
      let status: number | null = 1;
      for (let i = 0; i < 60 && status !== 0; i++) {
        await new Promise((r) => setTimeout(r, 500));
        status = spawnSync(check[0], check.slice(1), { env }).status;
      }
      expect(status, 'the HEALTHCHECK command against the started CMD').toBe(0);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    // server/main.ts shuts down cleanly on SIGTERM (node is PID 1 in the image).
    expect(server.exitCode).toBe(0);
  });

  it('keeps local state, builds and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data', 'dist', '.git', 'test-results', '.env']));
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

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
