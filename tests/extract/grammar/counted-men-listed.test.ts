/**
 * Plurals without an s ("three men", "two women") announce the names set off after them, as "three individuals" do:
 * "It also sanctioned three men - A, B and C - under the same order"; the names so set off are persons'. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText } from '../helpers.js';

describe('grammar: counted men and women listed between dashes', () => {
  it('reads each name a count of men announces between dashes as a target', () => {
    const out = extractText('The Treasury sanctioned Brask Logistics on Monday.\n\nIt also sanctioned three men — Tomas Varno, Irina Olskaya and Martin Varno — under the same order.');
    for (const p of ['Tomas Varno', 'Irina Olskaya', 'Martin Varno']) expectRel(out, 'SANCTIONED', 'Treasury', p);
  });

  it('reads "two women" the same way', () => {
    const out = extractText('Thailand sanctioned two women — Irina Olskaya and Vera Kestrova — on Tuesday.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Irina Olskaya');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Vera Kestrova');
  });

  it('reads the names a counted noun for people sets off as persons\' names', () => {
    const out = extractText('Thailand sanctioned three men — Bashir Velko, Dawit Orlan and Faisal Tarno — on Tuesday.');
    for (const p of ['Bashir Velko', 'Dawit Orlan', 'Faisal Tarno']) expect(entity(out, p)?.kind).toBe('person');
  });
});
