import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_HOPS } from '../../server/domain/hop-limits.js';
import { CYPHER_DIR } from '../../server/store/statements.js';

// A quantifier bound cannot be a $param, so the Neo4j statements write MAX_HOPS out; this keeps them equal to it.
describe('hop limits', () => {
  it('every bounded path quantifier in the Neo4j statements is MAX_HOPS', () => {
    const dir = join(CYPHER_DIR, 'neo4j');
    const bounds = readdirSync(dir).filter((f) => f.endsWith('.cypher')).flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
      return [...text.matchAll(/\{1,(\d+)\}/g)].map((m) => ({ file: f, bound: Number(m[1]) }));
    });
    expect(bounds.map((b) => b.file).sort()).toEqual(['reach-down.cypher', 'reach-up.cypher']);
    for (const b of bounds) expect(b, b.file).toEqual({ file: b.file, bound: MAX_HOPS });
  });
});
