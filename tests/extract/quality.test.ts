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
import { missing, scoreSet, type SetName, type Summary } from './shared-scorer.js';

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
  // A later batch (../corpus/batch4 beside the checkout, annotated blind); its first-run line is in the README, and its
  // misses have been studied since, so this line flatters the extractor like dev's. Printed where the batch exists.
  gate('batch4', 'blind batch, first run recorded, studied since', 'reports the fourth real-text batch', null, true);
  gate('batch5', 'blind batch, first run recorded, studied since', 'reports the fifth real-text batch', null, true);
  gate('batch6', 'blind batch, first run recorded, studied since', 'reports the sixth real-text batch', null, true);
  gate('batch7', 'blind batch, first run recorded, studied since', 'reports the seventh real-text batch', null, true);
  gate('batch8', 'blind batch, first run recorded, studied since', 'reports the eighth real-text batch', null, true);
  gate('batch9', 'blind batch, first run recorded, studied since', 'reports the ninth real-text batch', null, true);
  gate('batch10', 'blind batch, first run recorded, studied since', 'reports the tenth real-text batch', null, true);
  gate('batch11', 'blind batch, first run recorded, studied since', 'reports the eleventh real-text batch', null, true);
  gate('batch12', 'blind batch, first run recorded, studied since', 'reports the twelfth real-text batch', null, true);
  gate('batch13', 'blind batch, first run recorded, studied since', 'reports the thirteenth real-text batch', null, true);
  gate('batch14', 'blind batch, first run recorded, studied since', 'reports the fourteenth real-text batch', null, true);
  gate('batch15', 'blind batch, first run recorded, studied since', 'reports the fifteenth real-text batch', null, true);
  gate('batch16', 'blind batch, first run recorded, studied since', 'reports the sixteenth real-text batch', null, true);
  gate('batch17', 'blind batch, first run recorded, studied since', 'reports the seventeenth real-text batch', null, true);
  gate('batch18', 'blind batch, first run recorded, studied since', 'reports the eighteenth real-text batch', null, true);
  gate('batch19', 'blind batch, first run recorded, studied since', 'reports the nineteenth real-text batch', null, true);
  gate('batch20', 'blind batch, first run recorded, studied since', 'reports the twentieth real-text batch', null, true);
  gate('batch21', 'blind batch, first run recorded, studied since', 'reports the twenty-first real-text batch', null, true);
  gate('batch22', 'blind batch, first run recorded, studied since', 'reports the twenty-second real-text batch', null, true);
  gate('batch23', 'blind batch, first run recorded, studied since', 'reports the twenty-third real-text batch', null, true);
  gate('batch24', 'blind batch, first run recorded, studied since', 'reports the twenty-fourth real-text batch', null, true);
  gate('batch25', 'blind batch, first run recorded, studied since', 'reports the twenty-fifth real-text batch', null, true);
  gate('batch26', 'blind batch, first run recorded, studied since', 'reports the twenty-sixth real-text batch', null, true);
  gate('batch27', 'blind batch, first run recorded, studied since', 'reports the twenty-seventh real-text batch', null, true);
  gate('batch28', 'blind batch, first run recorded, studied since', 'reports the twenty-eighth real-text batch', null, true);
  gate('batch29', 'blind batch, first run recorded, studied since', 'reports the twenty-ninth real-text batch', null, true);
  gate('batch30', 'blind batch, first run recorded, studied since', 'reports the thirtieth real-text batch', null, true);
  gate('batch31', 'blind batch, first run recorded, studied since', 'reports the thirty-first real-text batch', null, true);
  gate('batch32', 'blind batch, first run recorded, studied since', 'reports the thirty-second real-text batch', null, true);
  gate('batch33', 'blind batch, first run recorded, studied since', 'reports the thirty-third real-text batch', null, true);
  gate('batch34', 'blind batch, first run recorded, studied since', 'reports the thirty-fourth real-text batch', null, true);
  gate('batch35', 'blind batch, first run recorded, studied since', 'reports the thirty-fifth real-text batch', null, true);
  gate('batch36', 'blind batch, first run recorded, studied since', 'reports the thirty-sixth real-text batch', null, true);
  gate('batch37', 'blind batch, first run recorded, studied since', 'reports the thirty-seventh real-text batch', null, true);
  gate('batch38', 'blind batch, first run recorded, studied since', 'reports the thirty-eighth real-text batch', null, true);
  gate('batch39', 'blind batch, first run recorded, studied since', 'reports the thirty-ninth real-text batch', null, true);
  gate('batch40', 'blind batch, first run recorded, studied since', 'reports the fortieth real-text batch', null, true);
  gate('batch41', 'blind batch, first run recorded, studied since', 'reports the forty-first real-text batch', null, true);
  gate('batch42', 'blind batch, first run recorded, studied since', 'reports the forty-second real-text batch', null, true);
  gate('batch43', 'blind batch, first run recorded, studied since', 'reports the forty-third real-text batch', null, true);
  gate('batch44', 'blind batch, first run recorded, studied since', 'reports the forty-fourth real-text batch', null, true);
  gate('batch45', 'blind batch, first run recorded, studied since', 'reports the forty-fifth real-text batch', null, true);
  gate('batch46', 'blind batch, first run recorded, studied since', 'reports the forty-sixth real-text batch', null, true);
  gate('batch47', 'blind batch, first run recorded, not studied', 'reports the forty-seventh real-text batch', null, true);
  gate('batch48', 'blind batch, first run recorded, not studied', 'reports the forty-eighth real-text batch', null, true);
  gate('batch49', 'blind batch, first run recorded, studied since', 'reports the forty-ninth real-text batch', null, true);
  gate('batch50', 'blind batch, first run recorded, studied since', 'reports the fiftieth real-text batch', null, true);
  gate('batch51', 'blind batch, first run recorded, studied since', 'reports the fifty-first real-text batch', null, true);
  gate('batch52', 'blind batch, first run recorded, studied since', 'reports the fifty-second real-text batch', null, true);
  gate('batch53', 'blind batch, first run recorded, studied since', 'reports the fifty-third real-text batch', null, true);
  gate('batch54', 'blind batch, first run recorded, studied since', 'reports the fifty-fourth real-text batch', null, true);
  gate('batch55', 'blind batch, first run recorded, studied since', 'reports the fifty-fifth real-text batch', null, true);
  gate('batch56', 'blind batch, first run recorded, studied since', 'reports the fifty-sixth real-text batch', null, true);
  gate('batch57', 'blind batch, first run recorded, studied since', 'reports the fifty-seventh real-text batch', null, true);
});
