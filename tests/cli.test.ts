/**
 * The command line with a model: `extract --extractor model` prints the extraction JSON (and only that) on stdout,
 * `load` shows progress and token counts. The CLI runs as a child process against a loopback chat server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from './helpers/chat-server.js';
import { ARTICLE, good } from './extract/model/recorded-answers.js';

const run = promisify(execFile);
let server: ChatServer;
let dir: string;
let file: string;

beforeAll(async () => {
  server = await startChatServer(good);
  dir = mkdtempSync(join(tmpdir(), 'cli-model-'));
  file = join(dir, 'skyhawk.txt');
  writeFileSync(file, ARTICLE);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

// Only what the CLI needs: no inherited EXTRACTOR or MODEL_* from the machine running the tests.
const env = () => ({
  PATH: process.env.PATH, HOME: process.env.HOME, DATA_PATH: ':memory:', SEED_DIR: '',
  MODEL_BASE_URL: server.baseUrl, MODEL_NAME: 'recorded-model', MODEL_CACHE_DIR: '', MODEL_RETRIES: '0',
});
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { env: env(), encoding: 'utf8' });

describe('cli with a model', () => {
  it('extract --extractor model prints the extraction JSON, figures on stderr', async () => {
    const { stdout, stderr } = await cli('extract', '--extractor', 'model', file);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['articles', 'entities', 'relations', 'mentions']);
    expect(out.relations).toHaveLength(3);
    for (const r of out.relations) for (const e of r.evidence) expect(ARTICLE.slice(e.start, e.end)).toBe(e.quote);
    expect(stderr).toMatch(/1 requests \(0 from cache\), 900 prompt \+ 300 completion tokens; relations dropped: quote_not_found 1, end_not_in_quote 1/);
  });

  it('load shows progress and token counts', async () => {
    const { stdout, stderr } = await cli('load', '--extractor', 'model', file);
    expect(stderr).toMatch(/model: 1\/1 articles \(skyhawk\.txt\), 1200 tokens so far/);
    const out = JSON.parse(stdout);
    expect(out.after).toMatchObject({ articles: 1, relations: 3 });
    expect(out.model).toMatchObject({ requests: 1, cached: 0, promptTokens: 900, completionTokens: 300, failed: [] });
  });

  it('a model extractor without an endpoint is a configuration error naming the keys', async () => {
    const err = await run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'extract', '--extractor', 'hybrid', file], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME }, encoding: 'utf8',
    }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/error: the hybrid extractor needs MODEL_BASE_URL and MODEL_NAME/);
  });
});
