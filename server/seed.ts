/** Reads article files and folders: the seeds on first start and `npm run load`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from './domain/errors.js';
import { decodeArticleBytes } from './extract/validate.js';
import type { IngestInput } from './ingest.js';

const ARTICLE_FILE = /\.(txt|md|html?)$/i;

/** Expands files and directories into article inputs; the file name is the article id. */
export function readArticleFiles(paths: string[]): IngestInput[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError('not_found', `no such file or directory: ${p}`, 404);
    }
    if (st.isDirectory()) {
      files.push(...readdirSync(p).filter((f) => ARTICLE_FILE.test(f)).sort().map((f) => join(p, f)));
    } else files.push(p);
  }
  // Strictly decoded, like every other input: bytes that are not UTF-8 are refused with the API's own status.
  return files.map((f) => {
    const bytes = readFileSync(f);
    return { id: basename(f), text: decodeArticleBytes(bytes, basename(f)), original: bytes };
  });
}
