/** Reads article files and folders: the seeds on first start and `npm run load`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from './domain/errors.js';
import { decodeArticleBytes } from './extract/validate.js';
import type { IngestInput } from './ingest.js';
import { readDocument } from './documents/read-document.js';

const ARTICLE_FILE = /\.(txt|md|html?)$/i;

/** The files named, and in each folder named the files whose name `wanted` accepts, in name order. */
function expandPaths(paths: string[], wanted: (name: string) => boolean): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError('not_found', `no such file or directory: ${p}`, 404);
    }
    if (st.isDirectory()) files.push(...readdirSync(p).filter(wanted).sort().map((f) => join(p, f)));
    else files.push(p);
  }
  return files;
}

/** Expands files and directories into article inputs; the file name is the article id. */
export function readArticleFiles(paths: string[]): IngestInput[] {
  const files = expandPaths(paths, (f) => ARTICLE_FILE.test(f));
  // Strictly decoded, like every other input: bytes that are not UTF-8 are refused with the API's own status.
  return files.map((f) => {
    const bytes = readFileSync(f);
    return { id: basename(f), text: decodeArticleBytes(bytes, basename(f)), original: bytes };
  });
}

/** Files whose text is read by documents/read-document.ts rather than taken as it is. */
const DOCUMENT_FILE = /\.(html?|pdf|docx)$/i;

/**
 * `npm run load`'s reader: what readArticleFiles reads, plus `.pdf` and `.docx` in folders, and every web page, PDF
 * and Word file read for its text as the "Add documents" page reads it (a web page's main content, a PDF's text layer).
 * The file name stays the article id and the file's bytes are archived as its original.
 */
export async function readDocumentFiles(paths: string[]): Promise<IngestInput[]> {
  const files = expandPaths(paths, (f) => ARTICLE_FILE.test(f) || DOCUMENT_FILE.test(f));
  return Promise.all(files.map(async (f) => {
    if (!DOCUMENT_FILE.test(f)) return readArticleFiles([f])[0];
    const bytes = readFileSync(f);
    const doc = await readDocument(basename(f), bytes);
    return { id: basename(f), text: doc.text, ...(doc.title ? { title: doc.title } : {}), original: bytes };
  }));
}
