/**
 * Hybrid mode's selection: the sentences worth a model's time are those with a supply, sanction or ownership cue
 * in which the rule extractor found no relation. Everything else the rules have either read or has nothing to read.
 */
import { sourceSpan } from '../clean.js';
import { ACQUIRE_NOUNS, ACQUIRE_VERBS, RECEIVE_VERBS, SANCTION_VERBS, SUPPLY_NOUNS, SUPPLY_VERBS } from '../lexicon.js';
import type { Analysis } from '../sentences.js';
import type { Span } from './chunks.js';

const OWNERSHIP = ['subsidiary', 'subsidiaries', 'owned', 'owns', 'owner', 'parent', 'stake', 'affiliate', 'affiliated', 'unit', 'division', 'controlled', 'acquired'];

const CUES: ReadonlySet<string> = new Set([
  ...SUPPLY_VERBS, ...ACQUIRE_VERBS, ...RECEIVE_VERBS, ...SUPPLY_NOUNS, ...ACQUIRE_NOUNS, ...SANCTION_VERBS, ...OWNERSHIP,
]);

export interface CueSelection {
  /** Sentences with a cue. */
  cued: number;
  /** Those of them no rule relation quotes: what is sent to the model (spans of the cleaned text). */
  uncovered: Span[];
}

/** `covered`: the evidence spans (in the article text) of the relations the rules found in this article. */
export function uncoveredCueSentences(an: Analysis, covered: Span[]): CueSelection {
  let cued = 0;
  const uncovered: Span[] = [];
  for (const s of an.sentences) {
    let cue = false;
    for (let k = s.first; k < s.last && !cue; k++) cue = CUES.has(an.tokens[k].lower) || CUES.has(an.tokens[k].lemma);
    if (!cue) continue;
    cued++;
    const [a, b] = sourceSpan(an.clean, s.start, s.end);
    if (!covered.some((c) => c.start < b && a < c.end)) uncovered.push({ start: s.start, end: s.end });
  }
  return { cued, uncovered };
}
