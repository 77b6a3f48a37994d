/**
 * "The family of tycoon A controls B": a family stands for the person it is named by, here B's owner; only a person's
 * family ("the family of Halvern Group" names none). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('ownership: a family for the person it is named by', () => {
  it('reads the person as the owner', () => {
    expectRel(extractText('The family of Laotian tycoon Martin Varno controls Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
    expectRel(extractText('The family of Laotian tycoon Martin Varno owns Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
  });

  it('reads no firm\'s "family" as an owner', () => {
    expectNoRel(extractText('The family of Halvern Group owns Brask Logistics.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
  });

  it('reads no sanction on a family as one on the person', () => {
    expectNoRel(extractText('The EU sanctioned the family of tycoon Martin Varno.'), 'SANCTIONED', 'EU', 'Martin Varno');
  });
});
