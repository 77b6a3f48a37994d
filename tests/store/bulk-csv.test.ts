import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CopyPipeline } from '../../server/store/bulk-csv.js';

const STATEMENT = "COPY T FROM '__FILE__' (delim='\\t')";
const fileOf = (statement: string) => statement.match(/FROM '([^']+)'/)![1];

describe('CopyPipeline', () => {
  it('runs copies in order, each reading its own file, and removes every file', async () => {
    const seen: { path: string; text: string }[] = [];
    const bulk = new CopyPipeline(async (statement) => {
      const path = fileOf(statement);
      seen.push({ path, text: readFileSync(path, 'utf8') });
    });
    await bulk.add(STATEMENT, [['a', 1, null, ['x', 'y']]]);
    await bulk.add(STATEMENT, [['tab\there', 2, 'quote"\n', []]]);
    await bulk.add(STATEMENT, [['c', 3, null, []]]);
    await bulk.drain();
    expect(seen.map((s) => s.text)).toEqual([
      'a\t1\t\t[x,y]\n',
      '\x02tab\there\x02\t2\t\x02quote"\n\x02\t[]\n',
      'c\t3\t\t[]\n',
    ]);
    for (const s of seen) expect(existsSync(s.path)).toBe(false);
  });

  it('keeps at most `ahead` copies waiting while the next file is written', async () => {
    let running = 0;
    let most = 0;
    const bulk = new CopyPipeline(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    }, 2);
    for (let i = 0; i < 6; i++) await bulk.add(STATEMENT, [[i]]);
    await bulk.drain();
    expect(most).toBeLessThanOrEqual(2);
  });

  it('reports the first failure from drain, after the copies behind it have settled, and leaves no file', async () => {
    const paths: string[] = [];
    let ran = 0;
    const bulk = new CopyPipeline(async (statement) => {
      paths.push(fileOf(statement));
      ran++;
      if (ran === 1) throw new Error('copy 1 failed');
    }, 5);
    await bulk.add(STATEMENT, [['a']]);
    await bulk.add(STATEMENT, [['b']]);
    await expect(bulk.drain()).rejects.toThrow('copy 1 failed');
    expect(ran).toBe(2);
    for (const p of paths) expect(existsSync(p)).toBe(false);
  });
});
