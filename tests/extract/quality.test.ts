/**
 * Extraction quality gate: the shared scorer (../shared/tools/score-extraction.mjs) on every gold set. Each line it
 * prints says which kind of data it is on:
 * - tuned on: the seeds, the fixtures (tests/extract/fixtures, fixtures-2) and the real-text dev corpus. The rules were
 *   developed against their misses, so these figures flatter the extractor; floors keep them from falling back.
 * - frozen: the real-text frozen batch (../shared/corpus/frozen), never read or tuned on: the honest estimate of how
 *   the extractor does on text it has never seen. Measured and printed, not gated; only a crash fails it. batch4, a
 *   later blind batch, was that kind of figure at its first run (README); reported where ../corpus/batch4 exists.
 * Without ../shared (or its scorer or a gold file) each set fails in CI (CI=1 or CI=true; .ci/run sets it) and is
 * skipped, with its reason, anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { inCi } from '../helpers/ci.js';
import { BATCHES, FIRST_BATCH, missing, NOT_STUDIED, scoreSet, type SetName, type Summary } from './shared-scorer.js';

interface Floors { entityF1: number; flowRecall: number; allFlowRecall: number; flowPrecision: number; viaRecall: number; subsidiary: number; sanction: number; sanctionPrecision: number }

/** The seeds and the first fixtures meet the issue's thresholds. */
const ISSUE: Floors = { entityF1: 0.9, flowRecall: 0.85, allFlowRecall: 0, flowPrecision: 0.8, viaRecall: 0.6, subsidiary: 1, sanction: 1, sanctionPrecision: 0 };

function expectFloors(s: Summary, detail: unknown, f: Floors): void {
  const msg = JSON.stringify(detail, null, 1);
  expect(s.failedArticles, msg).toBe(0);
  expect(s.entity.f1, msg).toBeGreaterThanOrEqual(f.entityF1);
  expect(s.flow.recall, msg).toBeGreaterThanOrEqual(f.flowRecall);
  expect(s.flow.allRecall, msg).toBeGreaterThanOrEqual(f.allFlowRecall);
  expect(s.flow.precision, msg).toBeGreaterThanOrEqual(f.flowPrecision);
  expect(s.flow.viaRecall, msg).toBeGreaterThanOrEqual(f.viaRecall);
  expect(s.subsidiary.recall, msg).toBeGreaterThanOrEqual(f.subsidiary);
  expect(s.sanction.recall, msg).toBeGreaterThanOrEqual(f.sanction);
  expect(s.sanction.precision, msg).toBeGreaterThanOrEqual(f.sanctionPrecision);
  expect(s.evidenceValid, msg).toBe(1);
}

type Data = 'tuned on' | 'frozen, never tuned on' | 'blind batch, first run recorded, studied since' | 'blind batch, first run recorded, not studied';

/**
 * A gated set: scored against its floors, or failed (CI) / skipped (elsewhere) with the reason it cannot run. An
 * `optional` set (one that only some checkouts of ../shared hold) is skipped with its reason everywhere.
 */
function gate(set: SetName, data: Data, title: string, floors: Floors | null, optional = false): void {
  const full = `${title} [${set}: ${data}]`;
  const why = missing(set);
  if (why && inCi && !optional) {
    it(full, () => {
      throw new Error(`the extraction quality gate cannot run in CI: ${why} (check out the shared data beside the repository)`);
    });
    return;
  }
  if (why) {
    it.skip(`${full} — skipped: ${why}`, () => {});
    return;
  }
  it(full, () => {
    const { summary, perArticle, line } = scoreSet(set);
    console.log(`extraction ${set} (${data}): ${line}`);
    if (floors) expectFloors(summary, perArticle, floors);
    else expect(summary.failedArticles, line).toBe(0);
  });
}

describe('extraction quality (shared scorer)', () => {
  gate('seeds', 'tuned on', 'meets the issue\'s thresholds on the seed articles', ISSUE);
  gate('fixtures', 'tuned on', 'meets the same thresholds on the first fixtures (other entities and phrasings)', ISSUE);
  // Later batches (denser articles, press-release lists, translated text): floors just under today's figures,
  // so a change that loses ground fails loudly.
  gate('fixtures-2', 'tuned on', 'does not fall below its recorded figures on the later fixture batches', {
    entityF1: 0.92, flowRecall: 0.69, allFlowRecall: 0.6, flowPrecision: 0.945, viaRecall: 0.65, subsidiary: 0.77, sanction: 0.7, sanctionPrecision: 0.95,
  });
  // Real published articles the rules are developed against: floors just under today's figures.
  gate('dev', 'tuned on', 'does not fall below its recorded figures on the real-text dev corpus', {
    entityF1: 0.93, flowRecall: 0.9, allFlowRecall: 0.42, flowPrecision: 0.88, viaRecall: 0, subsidiary: 0.8, sanction: 0.68, sanctionPrecision: 0.87,
  });
  // The line printed here is the estimate to report; only a crash fails it.
  gate('frozen', 'frozen, never tuned on', 'reports the frozen real-text batch', null);
  // The later blind batches (../corpus/batchN beside the checkout): their first-run lines are in the README, and the
  // misses of most have been studied since, so these lines flatter the extractor like dev's. Printed where they exist.
  for (const [i, set] of BATCHES.entries()) {
    const studied = NOT_STUDIED.has(FIRST_BATCH + i) ? 'blind batch, first run recorded, not studied' : 'blind batch, first run recorded, studied since';
    gate(set, studied, `reports blind batch ${FIRST_BATCH + i}`, null, true);
  }
});
