/**
 * A sale the text says is banned is no sale made: "the US prohibits the sale of G to B", "the EU banned the export of G
 * to B" draw no flow, while "sanctions that block the supply of G to B" (a supply going on) still do. Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: banned sales', () => {
  it('reads no flow from "prohibits the sale and transfer of G to B" or "banned the export of G to B"', () => {
    expect(relationsOf('This means that the US prohibits the sale and transfer of regulated goods to Tessaly Optics.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('The European Union banned the export of thermal sights to Belarus.', 'SHIPPED_TO')).toEqual([]);
  });

  it('still reads a supply that measures "block", and a shipment the same sentence states', () => {
    expectRel(extractText('The sanctions should block the supply of Mongolian bearings to Belarus.'), 'SHIPPED_TO', 'Mongolia', 'Belarus');
    const out = extractText('The European Union banned the export of thermal sights to Belarus, which Halvern Group shipped to Belarus anyway.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });

  it('reads a body\'s ban on trade with a destination as its measure against it, and no firm\'s', () => {
    expectRel(extractText('Mongolia has banned the export of ninety items to Laos.'), 'SANCTIONED', 'Mongolia', 'Laos');
    expectRel(extractText('Vietnam quietly blocked exports of drone parts to Laos.'), 'SANCTIONED', 'Vietnam', 'Laos');
    expectRel(extractText('The European Union banned the export of thermal sights to Belarus.'), 'SANCTIONED', 'European Union', 'Belarus');
    expect(relationsOf('Halvern Group blocked exports of drones to Laos.', 'SANCTIONED')).toEqual([]);
    // (A ban on something other than trade is no measure against a destination.)
    expect(relationsOf('Mongolia banned flights of its airline to Laos.', 'SANCTIONED')).toEqual([]);
    // (Nor a block on moving money.)
    expect(relationsOf('Vietnam blocked the transfer of funds to Laos.', 'SANCTIONED')).toEqual([]);
  });
});
