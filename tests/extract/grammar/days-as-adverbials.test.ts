/**
 * A day is when something happened, never a party: "imposed sanctions on Friday on A" (the day takes no "on" role),
 * "blacklisted four firms on Monday accused of selling G to C" and the house style without "on" ("four firms August 14
 * accused of ...": the participle describes the firms past the day). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const NAMED = ' The blacklisted firms include Halvern Group and Brask Logistics.';

describe('grammar: days between a phrase and what describes it', () => {
  it('reads "imposed sanctions on Friday on A": the day fills no role', () => {
    const out = extractText('The Laotian Finance Ministry imposed sanctions on Friday on Halvern Group, a trading house in Vientiane.');
    expectRel(out, 'SANCTIONED', 'Laotian Finance Ministry', 'Halvern Group');
  });

  it('reads "four firms on Monday accused of selling G to C" as accusing the firms', () => {
    const out = extractText(`The ministry blacklisted four Laotian firms on Monday accused of selling rifle scopes to Mongolia.${NAMED}`);
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Mongolia');
  });

  it('reads "four firms August 14 accused of selling G to C" (a date without "on")', () => {
    const out = extractText(`The ministry blacklisted four Laotian firms August 14 accused of selling rifle scopes to Mongolia.${NAMED}`);
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Mongolia');
  });

  it('still reads the destination after a day: "shipped G on July 8 to C"', () => {
    expectRel(extractText('Tessaly Optics shipped rifle scopes on July 8 to Mongolia.'), 'SHIPPED_TO', 'Tessaly Optics', 'Mongolia');
  });
});

describe('grammar: a day inside the clause a gerund of reasons follows', () => {
  it('reads "sanctioned A on Wednesday for supplying G to B" in the grammar, the day inside the measure\'s clause', () => {
    const out = extractText('The Laotian Treasury sanctioned Halvern Group on Wednesday for supplying rifle scopes to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia').rule).toBe('frame:supply/active');
  });
});

describe('grammar: months before a counted subject', () => {
  it('reads "Between May and July more than 900 consignments from A reached C" with the count opening the subject', () => {
    const out = extractText('Between May and July more than 900 consignments from Laos-based Halvern Group arrived in Mongolia by truck.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });
});
