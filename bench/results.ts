/**
 * Benchmark results: each bench records its targets with the measured value and PASS/FAIL, prints them, and saves
 * them to bench-results/<bench>.json, from which `npm run bench` prints one table of every target (bench/run-all.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

export const RESULTS_DIR = 'bench-results';

export interface Target {
  /** What is measured, e.g. "/api/paths seeds @50". */
  what: string;
  /** The measured value as a reader wants to see it, e.g. "5,380 requests/s, p99 67 ms". */
  measured: string;
  /** The target, e.g. "≥ 500/s, p99 ≤ 100 ms". */
  target: string;
  /** null: a figure reported for reference, with no target of its own. */
  pass: boolean | null;
}

export function printTargets(rows: Target[]): void {
  const w = (k: keyof Target) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
  const [a, b, c] = [w('what'), w('measured'), w('target')];
  console.log(`${'what'.padEnd(a)}  ${'measured'.padEnd(b)}  ${'target'.padEnd(c)}  result`);
  for (const r of rows) console.log(`${r.what.padEnd(a)}  ${r.measured.padEnd(b)}  ${r.target.padEnd(c)}  ${r.pass === null ? '—' : r.pass ? 'PASS' : 'FAIL'}`);
}

/** The machine's load average now (1, 5, 15 minutes), to print beside a figure: on a shared machine it says how far to trust it. */
export function loadNote(): string {
  return `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
}

/** Prints this bench's targets and saves them for the combined table. */
export function recordTargets(bench: string, rows: Target[]): void {
  const load = loadNote();
  console.log(`\n(${load})`);
  printTargets(rows);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${bench}.json`), JSON.stringify({ bench, at: new Date().toISOString(), load, rows }, null, 2));
}

/** Every saved target, bench by bench. */
export function readTargets(): { bench: string; at: string; load?: string; rows: Target[] }[] {
  let files: string[];
  try {
    files = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')));
}
