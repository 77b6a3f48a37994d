/**
 * Who moves goods, shown with sentences written for the test (invented names): a firm named before the city it sits
 * in, a nation's people, goods moved, shipments counted with "over", a need stated with "must", and ships named in
 * apposition, which carry goods for others.
 */
import { describe, expect, it } from 'vitest';
import { isCity } from '../../../server/extract/cities.js';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a relative clause after a firm and its city', () => {
  it('reads "A in <city>, which shipped G to B" as A shipping, not the city', () => {
    const out = extractText('One of the firms is Velmora Trading in Hamburg, which shipped machine tools to Russia-based companies.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velmora Trading', 'Russia').rule).toBe('frame:supply/active');
    expect(out.entities.map((e) => e.name)).not.toContain('Hamburg');
  });

  it('knows a city written without its diacritics ("Gdansk", "Sao Paulo")', () => {
    expect(isCity('Gdansk')).toBe(true);
    expect(isCity('Sao Paulo')).toBe(true);
    const out = extractText('One of the firms is Velmora Trading in Gdansk, which shipped machine tools to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Velmora Trading', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Gdansk', 'Belarus');
  });
});

describe('grammar: a nation\'s people', () => {
  it('reads "the Iranians" as Iran, as the buyer and as the holder of goods', () => {
    const sold = extractText('Velmora Trading sold trucks to the Iranians.');
    expectRel(sold, 'SHIPPED_TO', 'Velmora Trading', 'Iran');
    expect(sold.entities.map((e) => e.name)).not.toContain('Iranians');
    // (Read by the frame of goods put to use, or by that of goods in a party's hands: the same flow.)
    expect(expectRel(extractText('The Iranians have been using Kazakhstan-supplied trucks.'), 'SHIPPED_TO', 'Kazakhstan', 'Iran').rule)
      .toMatch(/^frame:(?:use\/active|supply\/goods-in-hands)$/);
  });
});

describe('grammar: goods moved', () => {
  it('reads "move" with goods for its object as a supply, and "moved to <city>" or "moved its office" as none', () => {
    expect(expectRel(extractText('Velmora Trading moved $40 million of machine parts to Belarusian buyers.'), 'SHIPPED_TO', 'Velmora Trading', 'Belarus').rule)
      .toBe('frame:supply/active');
    expect(expectRel(extractText('The trade runs through intermediaries that move electronics from Malaysia into Russia.'), 'SHIPPED_TO', 'Malaysia', 'Russia').rule)
      .toBe('frame:supply-from/active');
    expect(extractText('The engineer who moved to Yerevan founded Velmora Trading.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expectNoRel(extractText('Velmora Trading moved its office to Belarus.'), 'SHIPPED_TO', 'Velmora Trading', 'Belarus');
  });

  it('reads a country\'s ports as the country the goods reach: "to Laotian ports", "to ports in Laos"', () => {
    expectRel(extractText('Brask Logistics was transporting Mongolian shells to Laotian ports.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    expectRel(extractText('Velmora Trading shipped the shells to ports in Laos.'), 'SHIPPED_TO', 'Velmora Trading', 'Laos');
  });
});

describe('grammar: counted shipments and stated needs', () => {
  it('reads "made over 200 shipments of goods to B" past the count\'s "over"', () => {
    expect(expectRel(extractText('Velmora Trading made over 70 shipments of bearings to Belarus last year.'), 'SHIPPED_TO', 'Velmora Trading', 'Belarus').rule)
      .toBe('frame:light-verb-supply/active');
    expectRel(extractText('Austrian companies made about 40 shipments of lathes to Belarus.'), 'SHIPPED_TO', 'Austria', 'Belarus');
  });

  it('reads "B must rely on imports of G from A" as a need stated, and "B may rely on" still as a guess', () => {
    expectRel(extractText('Until then, Belarus must rely on imports of lathes from Taiwan.'), 'SHIPPED_TO', 'Taiwan', 'Belarus');
    expectNoRel(extractText('Belarus may rely on imports of lathes from Taiwan.'), 'SHIPPED_TO', 'Taiwan', 'Belarus');
  });
});

describe('grammar: ships named in apposition', () => {
  it('reads "Two cargo ships, A and B, are carrying G from C to D" as C supplying D, the ships supplying no one', () => {
    const out = extractText('Two cargo ships, Dorvan and Kelst, have been ferrying over 800 crates of fuses from Egypt to Syria.');
    expectRel(out, 'SHIPPED_TO', 'Egypt', 'Syria');
    expectNoRel(out, 'SHIPPED_TO', 'Dorvan', 'Syria');
    expectNoRel(out, 'SHIPPED_TO', 'Kelst', 'Syria');
  });

  it('knows a German city with its umlaut written as "e" ("Duesseldorf"), and not so elsewhere', () => {
    expect(isCity('Duesseldorf')).toBe(true);
    expect(isCity('Goeteborg')).toBe(false);
    // (So spelled, it is a place, no firm's name: "a Saarbruecken trading company".)
    const out = extractText('Prosecutors say a Saarbruecken trading company secretly supplied Laos.');
    expect(out.entities.some((e) => e.name === 'Saarbruecken')).toBe(false);
  });
});
