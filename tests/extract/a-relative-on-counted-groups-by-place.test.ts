/**
 * "two companies from K (A and B) and two from L (C and D) that the US sanctioned earlier": a relative clause after
 * counted groups, each placed and named in parentheses, is on the groups, so the names are its object, not the last
 * place. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a relative clause on counted groups named by place', () => {
  it('gives the relative clause every name of the groups', () => {
    const out = extractText('The list holds two firms from Laos (Halvern Co and Brask Ltd) and two from Vietnam (Vestrik Co and Orvel Ltd) that the US blacklisted in 2021.');
    for (const t of ['Halvern Co', 'Brask Ltd', 'Vestrik Co', 'Orvel Ltd']) expectRel(out, 'SANCTIONED', 'United States', t);
    expectNoRel(out, 'SANCTIONED', 'United States', 'Vietnam');
  });

  it('reads long names in parentheses alike', () => {
    const out = extractText('The list holds two firms from Laos (Halvern Micro Semiconductors and Brask-Vel Power Technology) that the US blacklisted in 2021.');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern Micro Semiconductors');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Laos');
  });

  it('keeps a country glossed in parentheses as the antecedent', () => {
    const out = extractText('Halvern Co sold parts to Laos (the biggest buyer), which the US sanctioned.');
    expectRel(out, 'SANCTIONED', 'United States', 'Laos');
  });

  it('reads no group past names joined only by a comma, nor past "plus"', () => {
    const comma = extractText('The EU sanctioned two firms in Laos (Orvel Trading, Dornik LLC) that Halvern Group supplied.');
    expectRel(comma, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    const plus = extractText('The EU sanctioned two firms from Laos (Orvel Trading and Dornik LLC) plus two from Thailand (Halvern Group and Brask Logistics) that Vestrik supplied.');
    expectNoRel(plus, 'SHIPPED_TO', 'Vestrik', 'Orvel Trading');
  });
});
