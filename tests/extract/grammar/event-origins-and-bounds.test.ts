/**
 * Where a supply event came from, said past the verb it is the subject of, and a count's bound before what it counts.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: "deliveries of G to B were recorded from K"', () => {
  it('reads the place past the passive verb as the origin of the event', () => {
    expect(expectRel(extractText('Deliveries of engines to Mongolia were recorded from Laos.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/nominal');
  });

  it('reads "from at least nine nations, including A, B and C" as each of the nations', () => {
    const out = extractText('In 2024 supplies of lathes to arms plants in Mongolia were logged from at least nine nations, including Laos, Vietnam and France.');
    for (const a of ['Laos', 'Vietnam', 'France']) expect(expectRel(out, 'SHIPPED_TO', a, 'Mongolia').rule).toBe('frame:supply/nominal');
  });

  it('draws nothing when the verb is negated or the phrase is a time', () => {
    expect(relationsOf('Deliveries of engines to Mongolia were not recorded from Laos.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Deliveries of engines to Mongolia were halted from March.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Exports of drones to Mongolia were blocked from Laos.', 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: "A facilitated the export of G from K to B by way of V"', () => {
  it('reads the country the goods left as their origin besides the party that arranged them, and "by way of" as a route', () => {
    const out = extractText('Martin Varno facilitated the sale and export of lathes from Laos to Mongolia by way of Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal+via');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Vietnam');
  });

  it('reads "by way of" after a verb of supply as its route', () => {
    const out = extractText('Halvern Group shipped lathes to Mongolia by way of Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active+via');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Mongolia').rule).toBe('frame:supply/active+via');
  });

  it('keeps a shipper that made the shipments itself the only origin: "A made shipments of G from K to B"', () => {
    const out = extractText('Halvern Group made shipments of lathes from Laos to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia').rule).toBe('frame:light-verb-supply/active');
    expect(relationsOf('Halvern Group made shipments of lathes from Laos to Mongolia.', 'SHIPPED_TO').map((r) => r.source)).toHaveLength(1);
  });
});
