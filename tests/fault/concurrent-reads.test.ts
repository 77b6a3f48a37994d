/**
 * Reads while the store writes, in a real embedded database on disk: one loop loads batches of articles, another reads
 * without pause. LadybugDB 0.19.1's automatic checkpoint, which ran inside a COMMIT once the write-ahead log was large
 * enough, crashed the process (SIGSEGV) when another connection was executing a query; the server reads while it
 * writes. The load runs in a child process, so that a native crash fails this test instead of the test runner.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

describe('the embedded store under concurrent reads and writes', () => {
  it('loads 512 articles in 8 batches while another loop reads without pause, and neither crashes', async () => {
    const child = spawn(process.execPath, ['--import', TSX, resolve('tests/fault/concurrent-reads-child.ts'), '8'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const end = await new Promise<{ code: number | null; signal: string | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
    expect(end, out.slice(-2000)).toEqual({ code: 0, signal: null });
    expect(out).toMatch(/done 512 articles, \d+ reads/);
  }, 180_000);
});
