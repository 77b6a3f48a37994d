/**
 * Extraction quality gate: the shared scorer (../shared/tools/score-extraction.mjs) on the seeds, this suite's
 * held-out fixtures and the real-text corpus (../shared/corpus). It prints the dev line (the set rules are tuned on)
 * and the frozen line (never tuned on: measured, not gated); floors apply to the seeds, the fixtures and dev.
 * Without ../shared the gate fails in CI (CI=true) and is skipped, with its reason, anywhere else.
 */
import { describe, expect, it } from 'vitest';
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

const inCi = process.env.CI === 'true';

/** A gated set: scored against its floors, or failed (CI) / skipped (elsewhere) with the reason it cannot run. */
function gate(set: SetName, title: string, floors: Floors | null, label: string): void {
  const why = missing(set);
  if (why && inCi) {
    it(title, () => {
      throw new Error(`the extraction quality gate cannot run in CI: ${why} (check out the shared data beside the repository)`);
    });
    return;
  }
  if (why) {
    it.skip(`${title} — skipped: ${why}`, () => {});
    return;
  }
  it(title, () => {
    const { summary, perArticle, line } = scoreSet(set);
    console.log(`extraction ${label}: ${line}`);
    if (floors) expectFloors(summary, perArticle, floors);
    else expect(summary.failedArticles, line).toBe(0);
  });
}

describe('extraction quality (shared scorer)', () => {
  gate('seeds', 'meets the thresholds on the seed articles', ISSUE, 'seeds');
  gate('fixtures', 'meets the same thresholds on held-out fixtures with other entities and phrasings', ISSUE, 'fixtures');
  // Later batches (denser articles, press-release lists, translated text): floors just under today's figures,
  // so a change that loses ground fails loudly.
  gate('fixtures-2', 'does not fall below its recorded figures on the later held-out batches', {
    entityF1: 0.92, flowRecall: 0.69, allFlowRecall: 0.6, flowPrecision: 0.86, viaRecall: 0.65, subsidiary: 0.77, sanction: 0.64, sanctionPrecision: 0.9,
  }, 'fixtures-2');
  // Real published articles the rules are developed against (dev = tuned on): floors just under today's figures.
  gate('dev', 'does not fall below its recorded figures on the real-text dev corpus (tuned on)', {
    entityF1: 0.88, flowRecall: 0.76, allFlowRecall: 0.35, flowPrecision: 0.73, viaRecall: 0, subsidiary: 0.7, sanction: 0.55, sanctionPrecision: 0.8,
  }, 'dev (tuned on)');
  // Never tuned on: the line is printed as the honest estimate; only a crash fails it.
  gate('frozen', 'reports the frozen real-text corpus (never tuned on)', null, 'frozen (never tuned on)');
});
