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

describe('grammar: a list of no measure', () => {
  it('reads no sanction in "A is also on the FBI\'s wanted list", and still one in "on the Laotian sanctions list"', () => {
    expect(extractText('Martin Varno, who founded Halvern Group, is also on the FBI\'s wanted list.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    expectRel(extractText('Martin Varno is on the Laotian sanctions list.'), 'SANCTIONED', 'Laos', 'Martin Varno');
  });
});

describe('grammar: measures taken against a target', () => {
  it('reads "B has taken restrictive measures against both firms"', () => {
    const out = extractText('Vietnam sanctioned Halvern Group and Brask Logistics on Monday.\nLaos has taken restrictive measures against both firms.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:impose/active');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads no measure in "took the sanctions against A into account"', () => {
    expect(extractText('Vietnam took the sanctions against Halvern Group into account.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('reads the passive "measures were taken against A by B"', () => {
    expect(expectRel(extractText('Restrictive measures were taken against Tessaly Optics by Mongolia.'), 'SANCTIONED', 'Mongolia', 'Tessaly Optics').rule).toBe('frame:impose/passive');
  });

  it('reads "OFAC has taken action against firms, including A and B": an enforcing body\'s action', () => {
    const out = extractText('Laos imposed sanctions on Tessaly Optics on Monday. OFAC has already taken action against firms in Laos, including Halvern Group and Brask Logistics.');
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Group').rule).toBe('frame:take-action/active');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask Logistics');
  });

  it('reads no measure in a state\'s action, a military or a legal one, action announced, or a body\'s in a text of no sanctions', () => {
    const measure = 'Laos imposed sanctions on Tessaly Optics on Monday. ';
    for (const text of [`${measure}Laos took action against Halvern Group.`, `${measure}The Laotian Defense Ministry took military action against Orvanne.`,
      `${measure}The Laotian Justice Ministry took legal action against Halvern Group.`, `${measure}OFAC announced action against Halvern Group.`,
      'The Laotian Competition Commission took action against Halvern Group for price fixing.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SANCTIONED' && r.target !== 'tessaly-optics'), text).toEqual([]);
    }
  });
});

describe('grammar: "along with" after an order\'s targets', () => {
  it('adds the names past a dash to the targets of a denial order', () => {
    const out = extractText('The Commerce Department issued the denial order for Martin Varno and Irina Olskaya -- along with Orvanne-based companies Halvern Group and Brask Logistics -- who were charged.');
    for (const t of ['Martin Varno', 'Irina Olskaya', 'Halvern Group', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Commerce Department', t);
  });

  it('leaves a comma\'s "along with" alone, which may name who acted beside the subject', () => {
    const out = extractText('Laos sanctioned Halvern Group, along with Vietnam and Mongolia, which announced similar measures.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Vietnam');
    expectNoRel(extractText('Halvern Group bought drones for Vietnam, along with Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('adds no countries beside a firm past dashes: "sanctioned A -- along with its allies K and L --"', () => {
    const out = extractText('Vietnam sanctioned Halvern Group -- along with its allies Laos and Mongolia -- on Monday.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Laos');
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

  it('leaves goods out of "both firms": the two firms the last sentence names', () => {
    const out = extractText('Vietnam listed Orvanne Trade in May.\nAlso listed were Halvern Group and Brask Logistics, whose flights carried Laotian-made Unmanned Aerial Vehicles to Mongolia.\nLaos has taken restrictive measures against both firms.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Unmanned Aerial Vehicles');
  });
});

describe('grammar: "may" as a modal, "May" as a month', () => {
  it('takes no month for a modal: "In May supply of G from A to B resumed"', () => {
    expectRel(extractText('In May supply of drones from Halvern Group to Vietnam resumed.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
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
