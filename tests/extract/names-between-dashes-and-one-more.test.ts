/**
 * "Three Laotian firms — A, B and C — and D were sanctioned": the names a phrase gives between dashes and the
 * name joined after them by "and" are the clause's subject together; not where that phrase is an object ("sold G
 * to two firms — A and B — and C bought ..."). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('subjects: names between dashes and one more after them', () => {
  it('reads every name as a target of the measure', () => {
    const out = extractText('Three Laotian companies — Halvern Oy, Brask Oy, and Orvel Oy — and Kestra Air from Vietnam were placed on the US Entity List.');
    for (const firm of ['Halvern Oy', 'Brask Oy', 'Orvel Oy', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'United States', firm);
  });

  it('reads every name as a supplier', () => {
    const out = extractText('Two Thai firms — Halvern Group and Brask Logistics — and Orvel Trading shipped drones to Kestra Air.');
    for (const firm of ['Halvern Group', 'Brask Logistics', 'Orvel Trading']) expectRel(out, 'SHIPPED_TO', firm, 'Kestra Air');
  });

  it('joins no names that a verb\'s object gives to the next clause\'s subject', () => {
    const out = extractText('Laos sold drones to two firms — Halvern Group and Brask Logistics — and Orvel Trading bought engines from Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Halvern Group');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Orvel Trading');
  });
});
