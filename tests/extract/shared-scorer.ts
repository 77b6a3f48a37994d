/**
 * Runs the shared scorer (../shared/tools/score-extraction.mjs) over a gold file: every article is extracted
 * in-process, one at a time as the scorer's own command line would, and handed to the scorer as a JSON file.
 * Used by the quality gate and by `npm run score` (the same figures, without a process per article).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractArticles } from '../../server/extract/index.js';

export const root = resolve(import.meta.dirname, '..', '..');
export const shared = resolve(root, '..', 'shared');
export const scorer = join(shared, 'tools', 'score-extraction.mjs');

/**
 * The blind batches: batchN for N from FIRST_BATCH to LAST_BATCH, each annotated blind by someone who had not seen
 * the rules, measured once as it came (its first-run line is in the README) and studied since, but for those in
 * NOT_STUDIED. ../shared is read-only and provided afresh, so a batch collected later lives beside it in
 * ../corpus/batchN (never in the repository: the texts are others'). A batch lost with a machine is skipped.
 */
export const FIRST_BATCH = 4;
export const LAST_BATCH = 129;
/** Batches whose first run is recorded and whose misses nobody has read yet. */
export const NOT_STUDIED: ReadonlySet<number> = new Set([86, 87, 105, 115, 117, 123, 125, 128, 129]);

export type BatchName = `batch${number}`;

/** The gold sets the gate knows: dev is tuned on; frozen never is; seeds and fixtures are the repository's own. */
const NAMED_SETS = {
  seeds: { gold: join(shared, 'gold', 'seeds.gold.json'), dir: join(root, 'seeds') },
  dev: { gold: join(shared, 'corpus', 'dev', 'gold.json'), dir: join(shared, 'corpus', 'dev') },
  frozen: { gold: join(shared, 'corpus', 'frozen', 'gold.json'), dir: join(shared, 'corpus', 'frozen') },
  fixtures: { gold: join(root, 'tests', 'extract', 'fixtures', 'fixtures.gold.json'), dir: join(root, 'tests', 'extract', 'fixtures') },
  'fixtures-2': { gold: join(root, 'tests', 'extract', 'fixtures-2', 'gold.json'), dir: join(root, 'tests', 'extract', 'fixtures-2') },
} as const;
export type SetName = keyof typeof NAMED_SETS | BatchName;

/** Every blind batch's name, in order. */
export const BATCHES: readonly BatchName[] = Array.from({ length: LAST_BATCH - FIRST_BATCH + 1 }, (_, i) => `batch${FIRST_BATCH + i}` as const);

/** The gold file and the texts of a set. */
export function setPaths(set: SetName): { gold: string; dir: string } {
  if (set in NAMED_SETS) return NAMED_SETS[set as keyof typeof NAMED_SETS];
  const dir = join(root, '..', 'corpus', set);
  return { gold: join(dir, 'gold.json'), dir };
}

/** Whether a name is one of the sets above. */
export function isSetName(name: string): name is SetName {
  return name in NAMED_SETS || BATCHES.includes(name as BatchName);
}

/** Sets for measuring only: no per-article detail is shown for them, so no one tunes on their errors. */
export const MEASURE_ONLY: ReadonlySet<SetName> = new Set(['frozen']);

export interface Summary {
  entity: { precision: number; recall: number; f1: number; duplicates: number };
  flow: { recall: number; precision: number; viaRecall: number; hardRecall: number; allRecall: number };
  subsidiary: { recall: number; precision: number };
  sanction: { recall: number; precision: number };
  evidenceValid: number;
  failedArticles: number;
}

export interface Scored {
  summary: Summary;
  perArticle: unknown[];
  /** The scorer's own one-line summary. */
  line: string;
  /** The scorer's per-article lines (misses and off-gold edges). */
  detail: string[];
}

/** Why a set cannot be scored here, or null when its scorer, gold and texts are all present. */
export function missing(set: SetName): string | null {
  const { gold, dir } = setPaths(set);
  for (const p of [scorer, gold, dir]) if (!existsSync(p)) return `${p} not found`;
  return null;
}

/** Extracts every article of a set and scores the result with the shared scorer. */
export function scoreSet(set: SetName): Scored {
  const { gold: goldPath, dir } = setPaths(set);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: Record<string, unknown> };
  const tmp = mkdtempSync(join(tmpdir(), 'extract-score-'));
  try {
    mkdirSync(tmp, { recursive: true });
    for (const file of Object.keys(gold.articles)) {
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(tmp, `${file}.json`), JSON.stringify(extractArticles([{ id: file, text }])));
    }
    const run = (json: boolean) => execFileSync(
      process.execPath,
      [scorer, '--gold', goldPath, '--dir', dir, '--cmd', `cat "${tmp}/$(basename "{}").json"`, ...(json ? ['--json'] : [])],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const parsed = JSON.parse(run(true).replace(/^[^{]*/, '')) as { summary: Summary; perArticle: unknown[] };
    const lines = run(false).trim().split('\n');
    return { ...parsed, line: lines[lines.length - 1], detail: lines.slice(0, -1) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
