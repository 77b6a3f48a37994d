/**
 * A sanction stated by a copula joined to another clause: "A owns six planes and is under sanctions by B, C and D"
 * (each sanctions A), and the earlier clause's roles end at that "and is" ("sold drones to E and is under sanctions by
 * B": B sends E nothing). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: sanctions on a copula joined by "and"', () => {
  it('reads the subject of the clause the copula is joined to as the target of every body named', () => {
    const out = extractText('Brask Logistics, the operator of the jet, owns six cargo planes and is under sanctions by Vietnam, Mongolia, and Laos over its links to the Laotian army.');
    for (const body of ['Vietnam', 'Mongolia', 'Laos']) expectRel(out, 'SANCTIONED', body, 'Brask Logistics');
  });

  it('ends the clause before at "and is": the sanctioning body sends the buyer nothing', () => {
    const out = extractText('Brask Logistics sold drones to Tessaly Optics, and is under sanctions from Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Tessaly Optics');
  });

  it('reads the first clause\'s subject, not a subordinate clause\'s: "A sold G after B pulled out and is under sanctions"', () => {
    const out = extractText('Halvern Group sold drones to Laos after Brask Logistics pulled out and is now under sanctions by Vietnam.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
  });
});
