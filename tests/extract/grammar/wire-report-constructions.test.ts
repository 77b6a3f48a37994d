/**
 * Constructions of sanctions wire reports: a reporter between a relative pronoun and its verb, a list given after a
 * time phrase, a named aside with its place ("A of Dubai"), a light verb before a supply noun. Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: constructions of sanctions wire reports', () => {
  it('reads a relative whose verb follows a named reporter: "a distributor that the Treasury said had shipped G to B"', () => {
    const out = extractText('The sanctions target Qinto Electronics Ltd, a Shenzhen-based distributor that the Treasury said had shipped microchips to Velmor Trade.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Electronics Ltd', 'Velmor Trade').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Treasury', 'Velmor Trade');
  });

  it('reads the list after a time phrase: "to Russian defense firms since 2022, including B"', () => {
    const out = extractText('Qinto Electronics Ltd shipped microchips to Russian defense firms since 2022, including Sarvek Systems, a maker of guidance units.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Electronics Ltd', 'Sarvek Systems');
  });

  it('takes the name of an aside with its place as the subject: "Another company, A of Dubai, arranged shipments of G to B"', () => {
    const out = extractText('Another company, Pemberly Logistics FZE of Dubai, arranged shipments of aircraft parts to Velmor Trade, the department said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Logistics FZE', 'Velmor Trade').rule).toBe('frame:supply/nominal');
    expectNoRel(out, 'SHIPPED_TO', 'Dubai', 'Velmor Trade');
  });
});
