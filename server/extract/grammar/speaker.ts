/**
 * The speaker a pronoun opening reported speech refers to: in "A said (that) it had shipped G to B", "it" is A, not the
 * party an earlier sentence was about.
 */
import { SPEECH_VERBS } from '../lexicon.js';
import type { Token } from '../sentences.js';

/** Words that may stand between a speaker's name and the reporting verb: "A also said it ...". */
const BETWEEN = /^(?:also|later|previously|earlier|has|have|had|further)$/;

/**
 * The mention index of the name right before the reporting verb that the pronoun `it`, `they`, `he` or `she` at
 * token `at` follows ("A said it", "A confirmed that they", "A said he"), or -1. `mentionAt` gives each token's mention
 * index (-1 for none).
 */
export function reportedSpeaker(T: readonly Token[], at: number, mentionAt: ArrayLike<number>): number {
  if (!/^(?:it|they|he|she)$/.test(T[at]?.lower ?? '')) return -1;
  let r = at - 1;
  if (T[r]?.lower === 'that') r--;
  if (!SPEECH_VERBS.has(T[r]?.lower ?? '')) return -1;
  let q = r - 1;
  while (q > 0 && BETWEEN.test(T[q].lower)) q--;
  // ("A, whose owner is B, said it ...", "A, a drone maker, said it ...": past the aside set off by commas.)
  if (T[q]?.text === ',') {
    for (let o = q - 1; o > 0 && o > q - 20 && T[o].sent === T[q].sent; o--) {
      if (T[o].text !== ',') continue;
      return mentionAt[o - 1] ?? -1;
    }
  }
  return q >= 0 ? (mentionAt[q] ?? -1) : -1;
}
