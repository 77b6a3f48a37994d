/**
 * Goods sold or shipped with no seller named, whose maker the sentence names ("machine tools made by A were shipped to
 * B", "lathes produced by A went missing after being sold to B"): the maker is where they came from, not the party the
 * sentence before was about; along a route the route's own steps are read instead. Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: the maker of goods sold by no one named', () => {
  it('reads "G made by A were shipped to B" as A supplying B', () => {
    expect(expectRel(extractText('Machine tools made by Halvern Group were shipped to Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule)
      .toBe('frame:supply/passive');
  });

  it('reads a passive gerund of time with the subject of the clause before it: "G went missing after being sold to B"', () => {
    expect(expectRel(extractText('Machine tools produced by Halvern Group went missing after being sold to Mongolian companies.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia').rule)
      .toBe('frame:supply/passive');
  });

  it('does not read the party the paragraph before was about as the seller', () => {
    const out = extractText('Laotian authorities launched an inquiry earlier this year after Thailand warned that Vietnamese forces were using ' +
      'Laotian-made lathes, the ministry said.\n\nThe inquiry found that over 300 lathes produced by Laos’s Halvern Corp. had gone missing ' +
      'after being sold to seven Mongolian companies.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Corp.', 'Mongolia');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads no maker named in another clause of the sentence', () => {
    for (const [text, maker, to] of [
      ['Brask Logistics, whose engines were made by Halvern Group, was sold to Tessaly Optics.', 'Halvern Group', 'Tessaly Optics'],
      ['Drones made by Halvern Group were seized in Laos, and spare parts were later shipped to Vietnam.', 'Halvern Group', 'Vietnam'],
      ['Drones made by Halvern Group were seized in Laos and spare parts were later shipped to Vietnam.', 'Halvern Group', 'Vietnam'],
      ['Martin Varno, who owns a plant that assembles radios designed by Halvern Group, said rifles were shipped to Laos.', 'Halvern Group', 'Laos'],
    ]) expectNoRel(extractText(text), 'SHIPPED_TO', maker, to);
  });

  it('reads a route\'s steps, not the maker to the country it passed through', () => {
    const out = extractText('The components were made by Halvern Group, a chipmaker based in Laos, and were routed through Thailand before ' +
      'reaching Hanoi-based Brask Logistics, a supplier to the Vietnamese defence ministry.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Thailand');
  });
});
