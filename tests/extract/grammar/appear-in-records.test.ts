/**
 * Evidence from trade papers: goods that appear in a party's import declarations or customs records were supplied
 * to it, by their maker or by the party that last held the same goods; the roles a record gives the parties ("A appear
 * as senders, with B listed as the recipient"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: goods appearing in a party\'s trade records', () => {
  it('reads "G made by A appear in B\'s import declarations" and "A appears in the customs records of B"', () => {
    const made = extractText('Thermal camera modules made by Qinto Optics also appear in Velmor Trade\'s import declarations for 2024.');
    expect(expectRel(made, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade').rule).toBe('frame:appear-in-records/active');
    expectRel(extractText('Qinto Optics appears in the customs records of Velmor Trade.'), 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade');
  });

  it('sends the same goods on from their last holder: "Modules with the same part numbers appear in declarations filed by C"', () => {
    const out = extractText('In March 2024, Velmor Trade imported 3,400 battery modules from Qinto Power. Battery modules with the same part numbers appear weeks later in import declarations filed by Sarvek Systems in Russia.');
    expectRel(out, 'SHIPPED_TO', 'Qinto Power', 'Velmor Trade');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmor Trade', 'Sarvek Systems').rule).toBe('frame:appear-in-records/active');
  });

  it('draws no flow from papers that record no trade, or from goods found in weapons', () => {
    expectNoRel(extractText('Qinto Optics appeared in a report by Velmor Trade.'), 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade');
    expectNoRel(extractText('Qinto Optics appeared in the annual filings of Velmor Trade.'), 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade');
    const found = extractText('Chips made by Qinto Optics appear in drones built by Velmor Trade.');
    expectNoRel(found, 'SHIPPED_TO', 'Qinto Optics', 'Velmor Trade');
  });
});

describe('grammar: the roles trade records give the parties', () => {
  it('reads "A appear as senders, with B in Minsk listed as the recipient" and "A is named as the exporter and B as the consignee"', () => {
    const out = extractText('In the customs records, Danish firms under the name Tellbrook Optics appear as senders, with Korvam Trading in Minsk ' +
      'always listed as the recipient. Quessant Corp is named as the exporter and Harnwell Holding as the consignee.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Optics', 'Korvam Trading').rule).toBe('frame:supply/roles-as');
    expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Harnwell Holding');
    expectNoRel(out, 'SHIPPED_TO', 'Tellbrook Optics', 'Belarus');
  });

  it('reads one role alone, or a hedged pair, as no flow', () => {
    const out = extractText('Quessant Corp acts as the exporter. Tellbrook Optics may appear as the sender and Korvam Trading as the recipient.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});
