/**
 * A bloc's members named by the bloc as a modifier: "a steady rifle supplier to NATO nations", "sold arms to EU
 * countries". The members stand for the bloc. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: bloc members', () => {
  it('reads a bloc\'s nations as the bloc, in a role and after a verb of supply', () => {
    expect(expectRel(extractText('Vietnam, a steady rifle supplier to NATO nations, kept selling.'), 'SHIPPED_TO', 'Vietnam', 'NATO').rule).toBe('frame:supply/copular-role');
    expect(expectRel(extractText('Orvel Trading sold rifles to EU member states in May.'), 'SHIPPED_TO', 'Orvel Trading', 'EU').rule).toBe('frame:supply/active');
  });

  it('reads no bloc in a country\'s or a people\'s members: "US allies", "Vietnamese members of the network"', () => {
    expectNoRel(extractText('Orvel Trading, a steady rifle supplier to US allies, kept selling.'), 'SHIPPED_TO', 'Orvel Trading', 'United States');
    expectNoRel(extractText('Vietnamese members of the network shipped drones to Laos.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
  });

  it('reads no bloc, nor country, in a phrase for one party: "through a Thai import agent, A"', () => {
    const out = extractText('Orvel Trading drones were bought by Laos through a Thai import agent, Kestrova Ltd.');
    expectRel(out, 'SHIPPED_TO', 'Kestrova Ltd.', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Thailand');
  });
});
