/**
 * "The rest of the Thai companies A and B were also put on the list": "the rest of" counts the group its "of"
 * phrase names, as "a number of" does. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('lists: the rest of a group', () => {
  it('reads the group after "the rest of" as the subject', () => {
    const out = extractText('Laos sanctioned 15 Thai firms on Monday.\nThe rest of the Thai companies Halvern Group and Brask Logistics were also put on the list.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});
