/** One validator, one set of statuses: the API, the command line and the seeds answer the same bad input alike. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../server/domain/errors.js';
import { readArticleFiles } from '../../server/seed.js';
import { makeTestApp } from '../helpers/app.js';

const dir = mkdtempSync(join(tmpdir(), 'validation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'Acme Drones shipped drone motors to Kupol in Russia, customs records show, and the trade continued in 2024.';
/** The same unusable inputs as file bytes and as posted text. */
const CASES = [
  { name: 'not UTF-8', bytes: Buffer.concat([Buffer.from(GOOD), Buffer.from([0xff, 0xfe, 0xfd, 0xc3, 0x28, 0xa0, 0xa1])]), code: 'invalid_utf8' },
  { name: 'NUL bytes', bytes: Buffer.from(GOOD + '\u0000\u0000binary'), code: 'binary_text' },
  { name: 'empty', bytes: Buffer.from('  \n\t '), code: 'empty_text' },
  { name: 'not English', bytes: Buffer.from('Der Hersteller hat die Drohnen über Kasachstan nach Russland geliefert, und die Behörden haben nichts davon gewusst. '.repeat(6)), code: 'unsupported_language' },
];

describe('bad input', () => {
  it.each(CASES)('$name: the same code and status from the seeds reader, the API and the CLI', async ({ name, bytes, code }) => {
    const file = join(dir, `${name.replace(/\W/g, '-')}.txt`);
    writeFileSync(file, bytes);

    // Seeds and `npm run load` read files through one reader, then one validator.
    const { app } = await makeTestApp();
    try {
      let fromFiles: InputError | undefined;
      try {
        const [input] = readArticleFiles([file]);
        await app.ingest.ingest([input], { origin: 'seeds' });
      } catch (e) {
        fromFiles = e as InputError;
      }
      expect(fromFiles).toBeInstanceOf(InputError);
      expect([fromFiles!.code, fromFiles!.status]).toEqual([code, 422]);

      // The API gets the same bytes as a JSON body (a JSON parser decodes invalid UTF-8 to replacement characters).
      // eslint-disable-next-line no-control-regex -- JSON-escaping control characters by hand, on purpose
      const body = Buffer.concat([Buffer.from('{"text": "'), Buffer.from(bytes.toString('latin1').replace(/[\u0000-\u001f"\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1'), Buffer.from('"}')]);
      const res = await app.inject({ method: 'POST', url: '/api/articles', payload: body, headers: { 'content-type': 'application/json' } });
      expect([res.json().error, res.statusCode]).toEqual([code, 422]);
    } finally {
      await app.close();
    }
  });

  it('the CLI names the code and status, loads nothing and exits 2', () => {
    const data = join(dir, 'data');
    const bad = join(dir, 'cli');
    mkdirSync(bad);
    writeFileSync(join(bad, 'good.txt'), GOOD);
    writeFileSync(join(bad, 'bad.txt'), CASES[0].bytes);
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const out = spawnSync(process.execPath, ['--import', tsx, resolve('server/cli.ts'), 'load', bad], {
      cwd: dir, env: { ...process.env, DATA_PATH: join(data, 'graph.lbug'), NEO4J_URI: '' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('error [invalid_utf8, 422]: bad.txt');
  }, 60_000);
});
