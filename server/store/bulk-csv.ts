/**
 * Bulk loading for the embedded store: rows written to a temporary CSV file and read with COPY, which is an order of
 * magnitude faster than UNWIND for large batches. Fields are tab-separated; a string holding a tab, newline, \x02 or
 * \x03 is wrapped in \x02 with \x03 as its escape, so any text survives, and the rest go bare (faster to read).
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const QUOTE = '\x02';
const ESC = '\x03';

export type Cell = string | number | null | string[];

/** A string that cannot be written bare: it holds a field or row separator, or the quote or escape character. */
// eslint-disable-next-line no-control-regex -- \x02 and \x03 are the COPY files' quote and escape characters
const NEEDS_QUOTE = /[\t\n\r\x02\x03]/;

/** List elements must survive the engine's `[a,b]` list syntax unquoted. */
// eslint-disable-next-line no-control-regex -- as above
const LIST_SAFE = /^[^,[\]'"\\\t\n\r\x02\x03{}]*$/;

export function listSafe(xs: string[]): boolean {
  return xs.every((x) => LIST_SAFE.test(x) && x.trim() === x && x !== '');
}

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.join(',')}]`;
  // Quoted only when it must be: the engine reads unquoted fields markedly faster, and JSON text never needs it.
  if (v !== '' && !NEEDS_QUOTE.test(v)) return v;
  return QUOTE + v.replaceAll(ESC, ESC + ESC).replaceAll(QUOTE, ESC + QUOTE) + QUOTE;
}

/** Writes rows to a temporary CSV file, runs `fn(path)`, and removes the file whatever happens. */
export async function withCsv<T>(rows: Cell[][], fn: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'graph-bulk-'));
  const path = join(dir, 'rows.csv');
  try {
    writeCsv(path, rows);
    return await fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes rows in blocks of a few megabytes rather than as one string the size of the file. */
function writeCsv(path: string, rows: Cell[][]): void {
  const fd = openSync(path, 'w');
  try {
    let block = '';
    for (const r of rows) {
      block += r.map(cell).join('\t') + '\n';
      if (block.length > 4_000_000) {
        writeSync(fd, block);
        block = '';
      }
    }
    if (block) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

/**
 * COPY statements for one write transaction, each from its own temporary file, pipelined: the next file is written
 * while the engine copies the previous one (the copy runs off the main thread). At most `ahead` copies wait at once.
 * `drain` waits for all and throws the first failure; a failed copy's successors still run, then the caller's
 * ROLLBACK (queued behind them on the same connection) undoes everything.
 */
export class CopyPipeline {
  private readonly pending: Promise<unknown>[] = [];

  constructor(private readonly run: (statement: string) => Promise<unknown>, private readonly ahead = 2) {}

  async add(statement: string, rows: Cell[][]): Promise<void> {
    while (this.pending.length >= this.ahead) await this.pending.shift();
    const p = withCsv(rows, (path) => this.run(copyStatement(statement, path)));
    p.catch(() => undefined);
    this.pending.push(p);
    // Let the engine start this copy before the caller builds the next file.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async drain(): Promise<void> {
    const all = this.pending.splice(0);
    const results = await Promise.allSettled(all);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** Fills a COPY statement's file placeholder and turns its option escapes into the characters the engine wants. */
export function copyStatement(text: string, path: string): string {
  if (/['\\]/.test(path)) throw new Error(`unsafe temporary path: ${path}`);
  return text.replace('__FILE__', path).replace("'\\t'", "'\t'").replace("'\\x02'", `'${QUOTE}'`).replace("'\\x03'", `'${ESC}'`);
}
