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
 * The gold sets the gate knows: dev is tuned on; frozen never is; batch4 to batch57 (each a later batch annotated blind by someone who
 * had not seen the rules) were measured once as they came, their first-run lines recorded in the README, and studied since;
 * seeds and fixtures are the repository's own. ../shared is read-only and provided
 * afresh, so a batch collected later lives beside it in ../corpus/ (never in the repository: the texts are others').
 */
export const SETS = {
  seeds: { gold: join(shared, 'gold', 'seeds.gold.json'), dir: join(root, 'seeds') },
  dev: { gold: join(shared, 'corpus', 'dev', 'gold.json'), dir: join(shared, 'corpus', 'dev') },
  frozen: { gold: join(shared, 'corpus', 'frozen', 'gold.json'), dir: join(shared, 'corpus', 'frozen') },
  batch4: { gold: join(root, '..', 'corpus', 'batch4', 'gold.json'), dir: join(root, '..', 'corpus', 'batch4') },
  batch5: { gold: join(root, '..', 'corpus', 'batch5', 'gold.json'), dir: join(root, '..', 'corpus', 'batch5') },
  batch6: { gold: join(root, '..', 'corpus', 'batch6', 'gold.json'), dir: join(root, '..', 'corpus', 'batch6') },
  batch7: { gold: join(root, '..', 'corpus', 'batch7', 'gold.json'), dir: join(root, '..', 'corpus', 'batch7') },
  batch8: { gold: join(root, '..', 'corpus', 'batch8', 'gold.json'), dir: join(root, '..', 'corpus', 'batch8') },
  batch9: { gold: join(root, '..', 'corpus', 'batch9', 'gold.json'), dir: join(root, '..', 'corpus', 'batch9') },
  batch10: { gold: join(root, '..', 'corpus', 'batch10', 'gold.json'), dir: join(root, '..', 'corpus', 'batch10') },
  batch11: { gold: join(root, '..', 'corpus', 'batch11', 'gold.json'), dir: join(root, '..', 'corpus', 'batch11') },
  batch12: { gold: join(root, '..', 'corpus', 'batch12', 'gold.json'), dir: join(root, '..', 'corpus', 'batch12') },
  batch13: { gold: join(root, '..', 'corpus', 'batch13', 'gold.json'), dir: join(root, '..', 'corpus', 'batch13') },
  batch14: { gold: join(root, '..', 'corpus', 'batch14', 'gold.json'), dir: join(root, '..', 'corpus', 'batch14') },
  batch15: { gold: join(root, '..', 'corpus', 'batch15', 'gold.json'), dir: join(root, '..', 'corpus', 'batch15') },
  batch16: { gold: join(root, '..', 'corpus', 'batch16', 'gold.json'), dir: join(root, '..', 'corpus', 'batch16') },
  batch17: { gold: join(root, '..', 'corpus', 'batch17', 'gold.json'), dir: join(root, '..', 'corpus', 'batch17') },
  batch18: { gold: join(root, '..', 'corpus', 'batch18', 'gold.json'), dir: join(root, '..', 'corpus', 'batch18') },
  batch19: { gold: join(root, '..', 'corpus', 'batch19', 'gold.json'), dir: join(root, '..', 'corpus', 'batch19') },
  batch20: { gold: join(root, '..', 'corpus', 'batch20', 'gold.json'), dir: join(root, '..', 'corpus', 'batch20') },
  batch21: { gold: join(root, '..', 'corpus', 'batch21', 'gold.json'), dir: join(root, '..', 'corpus', 'batch21') },
  batch22: { gold: join(root, '..', 'corpus', 'batch22', 'gold.json'), dir: join(root, '..', 'corpus', 'batch22') },
  batch23: { gold: join(root, '..', 'corpus', 'batch23', 'gold.json'), dir: join(root, '..', 'corpus', 'batch23') },
  batch24: { gold: join(root, '..', 'corpus', 'batch24', 'gold.json'), dir: join(root, '..', 'corpus', 'batch24') },
  batch25: { gold: join(root, '..', 'corpus', 'batch25', 'gold.json'), dir: join(root, '..', 'corpus', 'batch25') },
  batch26: { gold: join(root, '..', 'corpus', 'batch26', 'gold.json'), dir: join(root, '..', 'corpus', 'batch26') },
  batch27: { gold: join(root, '..', 'corpus', 'batch27', 'gold.json'), dir: join(root, '..', 'corpus', 'batch27') },
  batch28: { gold: join(root, '..', 'corpus', 'batch28', 'gold.json'), dir: join(root, '..', 'corpus', 'batch28') },
  batch29: { gold: join(root, '..', 'corpus', 'batch29', 'gold.json'), dir: join(root, '..', 'corpus', 'batch29') },
  batch30: { gold: join(root, '..', 'corpus', 'batch30', 'gold.json'), dir: join(root, '..', 'corpus', 'batch30') },
  batch31: { gold: join(root, '..', 'corpus', 'batch31', 'gold.json'), dir: join(root, '..', 'corpus', 'batch31') },
  batch32: { gold: join(root, '..', 'corpus', 'batch32', 'gold.json'), dir: join(root, '..', 'corpus', 'batch32') },
  batch33: { gold: join(root, '..', 'corpus', 'batch33', 'gold.json'), dir: join(root, '..', 'corpus', 'batch33') },
  batch34: { gold: join(root, '..', 'corpus', 'batch34', 'gold.json'), dir: join(root, '..', 'corpus', 'batch34') },
  batch35: { gold: join(root, '..', 'corpus', 'batch35', 'gold.json'), dir: join(root, '..', 'corpus', 'batch35') },
  batch36: { gold: join(root, '..', 'corpus', 'batch36', 'gold.json'), dir: join(root, '..', 'corpus', 'batch36') },
  batch37: { gold: join(root, '..', 'corpus', 'batch37', 'gold.json'), dir: join(root, '..', 'corpus', 'batch37') },
  batch38: { gold: join(root, '..', 'corpus', 'batch38', 'gold.json'), dir: join(root, '..', 'corpus', 'batch38') },
  batch39: { gold: join(root, '..', 'corpus', 'batch39', 'gold.json'), dir: join(root, '..', 'corpus', 'batch39') },
  batch40: { gold: join(root, '..', 'corpus', 'batch40', 'gold.json'), dir: join(root, '..', 'corpus', 'batch40') },
  batch41: { gold: join(root, '..', 'corpus', 'batch41', 'gold.json'), dir: join(root, '..', 'corpus', 'batch41') },
  batch42: { gold: join(root, '..', 'corpus', 'batch42', 'gold.json'), dir: join(root, '..', 'corpus', 'batch42') },
  batch43: { gold: join(root, '..', 'corpus', 'batch43', 'gold.json'), dir: join(root, '..', 'corpus', 'batch43') },
  batch44: { gold: join(root, '..', 'corpus', 'batch44', 'gold.json'), dir: join(root, '..', 'corpus', 'batch44') },
  batch45: { gold: join(root, '..', 'corpus', 'batch45', 'gold.json'), dir: join(root, '..', 'corpus', 'batch45') },
  batch46: { gold: join(root, '..', 'corpus', 'batch46', 'gold.json'), dir: join(root, '..', 'corpus', 'batch46') },
  batch47: { gold: join(root, '..', 'corpus', 'batch47', 'gold.json'), dir: join(root, '..', 'corpus', 'batch47') },
  batch48: { gold: join(root, '..', 'corpus', 'batch48', 'gold.json'), dir: join(root, '..', 'corpus', 'batch48') },
  batch49: { gold: join(root, '..', 'corpus', 'batch49', 'gold.json'), dir: join(root, '..', 'corpus', 'batch49') },
  batch50: { gold: join(root, '..', 'corpus', 'batch50', 'gold.json'), dir: join(root, '..', 'corpus', 'batch50') },
  batch51: { gold: join(root, '..', 'corpus', 'batch51', 'gold.json'), dir: join(root, '..', 'corpus', 'batch51') },
  batch52: { gold: join(root, '..', 'corpus', 'batch52', 'gold.json'), dir: join(root, '..', 'corpus', 'batch52') },
  batch53: { gold: join(root, '..', 'corpus', 'batch53', 'gold.json'), dir: join(root, '..', 'corpus', 'batch53') },
  batch54: { gold: join(root, '..', 'corpus', 'batch54', 'gold.json'), dir: join(root, '..', 'corpus', 'batch54') },
  batch55: { gold: join(root, '..', 'corpus', 'batch55', 'gold.json'), dir: join(root, '..', 'corpus', 'batch55') },
  batch56: { gold: join(root, '..', 'corpus', 'batch56', 'gold.json'), dir: join(root, '..', 'corpus', 'batch56') },
  batch57: { gold: join(root, '..', 'corpus', 'batch57', 'gold.json'), dir: join(root, '..', 'corpus', 'batch57') },
  fixtures: { gold: join(root, 'tests', 'extract', 'fixtures', 'fixtures.gold.json'), dir: join(root, 'tests', 'extract', 'fixtures') },
  'fixtures-2': { gold: join(root, 'tests', 'extract', 'fixtures-2', 'gold.json'), dir: join(root, 'tests', 'extract', 'fixtures-2') },
} as const;
export type SetName = keyof typeof SETS;

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
  const { gold, dir } = SETS[set];
  for (const p of [scorer, gold, dir]) if (!existsSync(p)) return `${p} not found`;
  return null;
}

/** Extracts every article of a set and scores the result with the shared scorer. */
export function scoreSet(set: SetName): Scored {
  const { gold: goldPath, dir } = SETS[set];
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
