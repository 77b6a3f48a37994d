import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

/** The module specifiers a TypeScript file imports or re-exports (type-only ones included). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.tsx?$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

describe('the API contract', () => {
  it('is what the client types its calls with: no client module imports the store', () => {
    const offending = filesUnder(join(root, 'client', 'src')).flatMap((f) =>
      specifiers(f).filter((s) => s.includes('server/store')).map((s) => `${relative(root, f)}: ${s}`));
    expect(offending).toEqual([]);
    expect(specifiers(join(root, 'client', 'src', 'api.ts'))).toContain('../../server/api/contract.js');
  });

  it('imports nothing the browser cannot bundle, however deep', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const s of specifiers(file)) {
        if (s.startsWith('.')) visit(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
        else packages.add(s);
      }
    };
    visit(join(root, 'server', 'api', 'contract.ts'));
    expect([...packages].sort()).toEqual(['typebox']);
    expect([...seen].map((f) => relative(root, f)).filter((f) => !f.startsWith('server/api/') && !f.startsWith('server/domain/'))).toEqual([]);
  });
});
