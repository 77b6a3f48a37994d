/**
 * Measures in other words: a body subjecting a target to a freeze ("will also subject A to an asset freeze"), measures
 * taken against a target; the names "along with" adds to an order's targets past a dash; a trade given as a measure's
 * reason keeps its destination ("sanctions over arms deliveries to B" sanction no B); and a name after a maker's
 * hyphened participle is goods, no party. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, mustEntity } from '../helpers.js';

describe('grammar: a target subjected to a measure', () => {
  it('reads "B will also subject A, the maker of G, to an asset freeze"', () => {
    const out = extractText('Mongolia will also subject Tessaly Optics, the Laotian maker of the rifles, to an asset freeze, its cabinet announced.');
    expect(expectRel(out, 'SANCTIONED', 'Mongolia', 'Tessaly Optics').rule).toBe('frame:subject-to/active');
  });

  it('reads "B subjected A to sanctions" and the passive with its agent', () => {
    expect(expectRel(extractText('Laos subjected Halvern Group to sanctions in May.'), 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:subject-to/active');
    expect(expectRel(extractText('Brask Logistics was subjected to a travel ban by Vietnam.'), 'SANCTIONED', 'Vietnam', 'Brask Logistics').rule).toBe('frame:subject-to/passive');
  });

  it('keeps "may subject" a guess, and a subject of talks no measure', () => {
    expectNoRel(extractText('Laos may subject Halvern Group to sanctions.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expect(extractText('The subject of the talks in Laos was Brask Logistics.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});

describe('grammar: measures taken against a target', () => {
  it('reads "B has taken restrictive measures against both firms"', () => {
    const out = extractText('Vietnam sanctioned Halvern Group and Brask Logistics on Monday.\nLaos has taken restrictive measures against both firms.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:impose/active');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads the passive "measures were taken against A by B"', () => {
    expect(expectRel(extractText('Restrictive measures were taken against Tessaly Optics by Mongolia.'), 'SANCTIONED', 'Mongolia', 'Tessaly Optics').rule).toBe('frame:impose/passive');
  });
});

describe('grammar: "along with" after an order\'s targets', () => {
  it('adds the names past a dash to the targets of a denial order', () => {
    const out = extractText('The Commerce Department issued the denial order for Martin Varno and Irina Olskaya -- along with Orvanne-based companies Halvern Group and Brask Logistics -- who were charged.');
    for (const t of ['Martin Varno', 'Irina Olskaya', 'Halvern Group', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Commerce Department', t);
  });

  it('adds the names after a comma to the object of "sanctioned"', () => {
    const out = extractText('Laos sanctioned Halvern Group, along with Brask Logistics and Tessaly Optics.');
    for (const t of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });

  it('adds the names past dashes to the object too', () => {
    const out = extractText('Laos sanctioned Halvern Group -- along with Brask Logistics -- on Monday.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});

describe('grammar: a trade given as the reason for a measure', () => {
  it('sanctions no destination of "sanctions over arms deliveries to B"', () => {
    const out = extractText('Japan imposes sanctions over alleged Laotian weapons deliveries to Vietnam.');
    expectNoRel(out, 'SANCTIONED', 'Japan', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('keeps the route of a verb that moves goods: "was involved in shipments to B"', () => {
    expectRel(extractText('Brask Logistics was involved in shipments to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });
});

describe('entities: a name after a maker\'s hyphened participle', () => {
  it('reads "Laotian-made Unmanned Aerial Vehicles" as goods', () => {
    const out = extractText('Laos sent Laotian-made Unmanned Aerial Vehicles to Vietnam.');
    expect(mustEntity(out, 'Unmanned Aerial Vehicles').kind).toBe('product');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('leaves goods out of "both companies"', () => {
    const out = extractText('Vietnam listed Halvern Group in May.\nAlso listed was Brask Logistics for flights through which Laos sent Laotian-made Unmanned Aerial Vehicles to Mongolia.\nLaos has taken restrictive measures against both firms.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Unmanned Aerial Vehicles');
  });
});

describe('grammar: "along with" after a destination', () => {
  it('adds no recipient: "shipped G to B -- along with C --" names who shipped beside the subject', () => {
    const out = extractText('Halvern Group shipped drones to Vietnam -- along with Brask Logistics -- in 2023.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});

describe('grammar: a word of the frames after a modal', () => {
  it('takes no noun for a verb without a modal before it: "the cargo ship A carried G to B"', () => {
    const out = extractText('Laos said the cargo ship Orvanne Star carried drones to Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Orvanne Star');
  });
});
