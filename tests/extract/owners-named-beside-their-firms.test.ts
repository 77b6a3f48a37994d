/**
 * An owner named right after the firm by "its" post, shown with sentences written for the test (invented names): as
 * an item of a list ("A, its owner B, and C"), after "along with" ("A, along with its owner, B", past a relative clause
 * on A), and as the last of posts joined by "and" ("its chairman and sole owner, B", "its current director and
 * shareholder B"). Not a post series without an owner's.
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('ownership: "its owner" beside the firm', () => {
  it('reads the owner an item of a list gives', () => {
    expectRel(extractText('Laos sanctioned Orvel Trading, its owner Martin Varno, and Brask Logistics.'), 'SUBSIDIARY_OF', 'Orvel Trading', 'Martin Varno');
  });

  it('reads the owner among posts joined by "and"', () => {
    const out = extractText('In May, Laos sanctioned Orvel Trading, its current director and shareholder Martin Varno, former director Tomas Varno, and Brask Logistics.');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvel Trading', 'Martin Varno');
    expectNoRel(extractText('Laos sanctioned Orvel Trading and its director and chief engineer, Martin Varno.'), 'SUBSIDIARY_OF', 'Orvel Trading', 'Martin Varno');
  });

  it('reads the owner after "along with", past a relative clause on the firm', () => {
    const out = extractText('Laos sanctioned the Hanoi-registered Halvern Pte Ltd, which was once called Brask Aviation, along with its chairman and sole owner, Irina Olskaya.');
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Pte Ltd', 'Irina Olskaya');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask Aviation', 'Irina Olskaya');
    expectRel(extractText('Laos sanctioned Halvern Group, along with its owner, Irina Olskaya.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
  });
});
