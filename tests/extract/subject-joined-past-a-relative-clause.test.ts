/**
 * A subject of two names whose first carries a relative clause between commas ("A, which is based in K, and B were
 * sanctioned") is both names; not where the first name comes later in the sentence, after a verb ("sold G to A, which
 * is based in K, and B bought ..."), where B opens a clause of its own. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('clauses: a subject joined past a relative clause', () => {
  it('sanctions both names of a passive subject', () => {
    const out = extractText('Brask Logistics, which shipped the chips to Vietnam, and Orvel Trading were sanctioned by the Treasury.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Orvel Trading');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });

  it('gives both names as suppliers of an active clause ("who" alike)', () => {
    const out = extractText('Brask Logistics, who is based in Laos, and Orvel Trading supplied drones to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Russia');
  });

  it('does not join a name that follows a verb to the next clause\'s subject', () => {
    const out = extractText('Halvern Group sold drones to Brask Logistics, which is based in Laos, and Orvel Trading bought parts from Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Orvel Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Brask Logistics');
  });
});
