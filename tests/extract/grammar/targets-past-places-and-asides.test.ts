/**
 * Sanctions targets named past a place, a description or an infinitive, shown with sentences written for the test
 * (invented names): "The targeted firms are A in K; and B, C, and D, all in L"; "A, a maker put on the Entity List in
 * 2019"; "A, an official appointed by B to lead its forces, was blacklisted"; "A citizen of K and the company B"; "A, a
 * company Washington had designated"; "A and three firms -- B, C and D"; and the bureau that keeps a list when its
 * department is named too.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('sanctions: a list of targets that goes on past a place', () => {
  it('reads "The targeted firms are A in K; and B, C, and D, all in L" as four targets', () => {
    const out = extractText('Washington put sanctions on four firms on Monday. ' +
      'The targeted firms are Halvern Group in Laos; and Brask Logistics, Tessaly Optics, and Orvanne Ltd, all in Mongolia.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Orvanne Ltd').rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'United States', 'Tessaly Optics');
  });

  it('stops where a clause follows: "A in K; and B shipped drones to C" lists A alone', () => {
    const out = extractText('Washington put sanctions on four firms on Monday. ' +
      'The targeted firms are Halvern Group in Laos; and Brask Logistics shipped drones to Orvanne Ltd.');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Orvanne Ltd');
  });
});

describe('sanctions: a target described as placed on a list', () => {
  it('reads "A, a Laos-based maker put on the Entity List in 2019" as listed by the list\'s keeper', () => {
    const out = extractText('The Commerce Department added two firms to the Entity List. ' +
      'The exporters sent goods to Tessaly Company, a Laos-based maker put on the Entity List in 2019 over its missile work.');
    expect(expectRel(out, 'SANCTIONED', 'Commerce Department', 'Tessaly Company').rule).toBe('frame:list-on/passive');
  });

  it('gives the list to the bureau that keeps it when its department is named too', () => {
    const out = extractText('The Commerce Department noted that its Bureau of Industry and Security maintains the Entity List. ' +
      'Orvanne Ltd sent goods to Tessaly Company, a Laos-based maker put on the Entity List in 2019.');
    expectRel(out, 'SANCTIONED', 'Bureau of Industry and Security', 'Tessaly Company');
    expectNoRel(out, 'SANCTIONED', 'Commerce Department', 'Tessaly Company');
  });
});

describe('sanctions: the subject before an aside with an infinitive', () => {
  it('reads "A, an official appointed by B and C to lead their forces, has been blacklisted" as A blacklisted', () => {
    const out = extractText('Irina Olskaya, a senior official appointed by Halvern Group leaders Oleg Brask and Navid Tessar to lead their forces in Laos, ' +
      'was blacklisted by the Treasury for leading those units.');
    expect(expectRel(out, 'SANCTIONED', 'Treasury', 'Irina Olskaya').rule).toBe('frame:sanction/passive');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Oleg Brask');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Navid Tessar');
  });
});

describe('sanctions: a citizen of a country and a company, joined', () => {
  it('reads "A citizen of K and the company B also fell under restrictions" with B a target, K no list item', () => {
    const out = extractText('The Treasury imposed sanctions on Monday. A citizen of Laos and the Laotian company Brask Logistics also fell under restrictions.');
    expect(expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Logistics').rule).toBe('frame:fall-under/active');
  });

  it('keeps a list of countries after "citizens of": "citizens of Laos and Mongolia, who shipped G to K"', () => {
    const out = extractText('Brask Logistics hired citizens of Laos and Mongolia, who shipped drones to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Vietnam');
  });
});

describe('sanctions: a zero relative on a described name', () => {
  it('reads "A, a company Washington had blacklisted in 2019" and "A, a firm Laos sanctioned" as the body\'s targets', () => {
    const out = extractText('The buyer worked for Halvern Group, a company Washington had blacklisted in May 2019.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Halvern Group').rule).toBe('frame:sanction/active');
    expectRel(extractText('The firm sold drones to Halvern Group, a firm Laos sanctioned last year.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(extractText('Halvern Group, a company the EU sanctioned in 2023, sold drones.'), 'SANCTIONED', 'EU', 'Halvern Group');
  });

  it('reads other verbs alike: "A, a firm B acquired in 2020" is B\'s', () => {
    expectRel(extractText('Halvern Group, a firm Brask Holding acquired in 2020, sold drones.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Brask Holding');
  });

  it('needs a description in apposition: not "sold B a firm Laos sanctioned", where the firm is another', () => {
    expectNoRel(extractText('Brask Logistics sold Halvern Group a firm Laos sanctioned last year.'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});

describe('sanctions: a counted group after a name, set off by a double hyphen', () => {
  it('reads "designated A and three Chinese firms -- B, C, and D" as four targets', () => {
    const out = extractText('On October 2, the Treasury designated Laotian national Oleg Brask and three Chinese firms -- ' +
      'Halvern Trade Co., Ltd., Brask Electronics Limited, and Tessaly Technology Co., Ltd.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Oleg Brask');
    expect(expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Electronics Limited').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Halvern Trade Co., Ltd.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Tessaly Technology Co., Ltd.');
  });

  it('reads a double hyphen as a dash after a counted group alone: "three firms -- A, B and C"', () => {
    const out = extractText('The Treasury designated three Chinese firms -- Halvern Trade, Brask Electronics and Tessaly Technology.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Electronics');
  });
});

describe('sanctions: a counted group named past its place, and the body whose attribution closes the sentence', () => {
  it('reads "on two organisations in Laos – A and B" as the two names', () => {
    const out = extractText('Vietnam imposed sanctions on two organisations in Laos – Halvern Group and Brask Logistics.');
    for (const t of ['Halvern Group', 'Brask Logistics']) expect(expectRel(out, 'SANCTIONED', 'Vietnam', t).rule).toBe('frame:impose/active');
  });

  it('reads "Sanctions are imposed on A and B, the State Department said." as the department\'s measure', () => {
    const out = extractText('New sanctions were placed on two firms in Laos – Halvern Group and Brask Logistics, the State Department said.');
    for (const t of ['Halvern Group', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'State Department', t);
    // (Not where the text has named the sanctioning body already.)
    const known = extractText('Vietnam imposed sanctions on Brask Logistics. Halvern Group was sanctioned in 2019, the Laotian Trade Ministry said.');
    expectRel(known, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(known, 'SANCTIONED', 'Laotian Trade Ministry', 'Halvern Group');
    // (Not a body reporting something else after the measure.)
    expectNoRel(extractText('Sanctions were imposed on Halvern Group after the Trade Ministry reported the seizure.'), 'SANCTIONED', 'Trade Ministry', 'Halvern Group');
    // (A trade it reports makes it no party.)
    expectNoRel(extractText('Halvern Group shipped drones to Laos, the State Department said.'), 'SHIPPED_TO', 'State Department', 'Laos');
  });
});

describe('sanctions: a list of targets whose items carry records of their own', () => {
  it('keeps the body of the list, not one an item\'s aside names ("A, which was previously sanctioned by K, B, a firm designated by L")', () => {
    const out = extractText('The Treasury put six entities under sanctions on Friday. The sanctioned firms included: Halvern Group, ' +
      'which Canada had earlier blacklisted, Brask Logistics, a shipper designated for sanctions by Britain in May, Tessaly Optics, ' +
      'a firm that ships fuel to Vestrik and was also listed by Japan last spring, and Orvel Trading, a shipper, the Treasury said.');
    for (const n of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics', 'Orvel Trading']) expect(expectRel(out, 'SANCTIONED', 'Treasury', n).rule).toBe('frame:sanction/targets-include');
    expectRel(out, 'SANCTIONED', 'Canada', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'United Kingdom', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'Canada', 'Orvel Trading');
    // (The four items and nothing their asides name: not Vestrik, where one ships fuel.)
    const listed = out.relations.filter((r) => r.rule === 'frame:sanction/targets-include').map((r) => out.entities.find((e) => e.id === r.target)?.name).sort();
    expect(listed).toEqual(['Brask Logistics', 'Halvern Group', 'Orvel Trading', 'Tessaly Optics']);
    // (The list's body stays on record: the people "also sanctioned" next are its targets too.)
    const next = extractText('The Treasury put six entities under sanctions on Friday. The sanctioned firms included Halvern Group, a shipper ' +
      'designated by Britain in May, and Orvel Trading. Two people were also sanctioned: Martin Varno and Irina Olskaya.');
    for (const n of ['Martin Varno', 'Irina Olskaya']) expectRel(next, 'SANCTIONED', 'Treasury', n);
  });

  it('reads each item past its description ("A, a shipper based in Laos, and B") and keeps a body named in a sentence of its own', () => {
    const out = extractText('The Treasury imposed sanctions on six entities. The sanctioned firms included Brask Logistics, a shipper based in Laos, and Orvel Trading.');
    for (const n of ['Brask Logistics', 'Orvel Trading']) expectRel(out, 'SANCTIONED', 'Treasury', n);
    const own = extractText('Halvern Group was sanctioned by Britain in May. The sanctioned firms included Brask Logistics.');
    expectRel(own, 'SANCTIONED', 'United Kingdom', 'Brask Logistics');
    // (A body named on an item in an active relative clause is that item's alone; the speaker closing the list is no item.)
    const active = extractText('The Treasury imposed sanctions on six entities. The sanctioned firms included Brask Logistics, which Britain sanctioned last year, ' +
      'and Orvel Trading, a trader, Irina Olskaya said.');
    for (const n of ['Brask Logistics', 'Orvel Trading']) expectRel(active, 'SANCTIONED', 'Treasury', n);
    // (The older layer still reads "which Britain sanctioned last year, and Orvel Trading" as one object: open.)
    const uk = active.entities.find((e) => e.name === 'United Kingdom')?.id;
    expect(active.relations.filter((r) => r.type === 'SANCTIONED' && r.source === uk && r.rule?.startsWith('frame:') && r.rule !== 'frame:sanction/active')).toEqual([]);
    expectNoRel(active, 'SANCTIONED', 'Treasury', 'Irina Olskaya');
    // (A body a clause after the whole list names is the list's: "The targets include A, B and C, which were sanctioned by K".)
    const after = extractText('The European Union sanctioned Tessaly Optics in March. The new targets include Halvern Group, Brask Logistics and Orvel Trading, ' +
      'which were sanctioned by the Treasury on Tuesday.');
    for (const n of ['Halvern Group', 'Brask Logistics', 'Orvel Trading']) expectNoRel(after, 'SANCTIONED', 'European Union', n);
    // (A body the list's own phrase names is the list's: "The firms sanctioned by K included A".)
    expectRel(extractText('The Treasury imposed sanctions on six entities. The firms sanctioned by Britain included Orvel Trading.'), 'SANCTIONED', 'United Kingdom', 'Orvel Trading');
    // (With no body on record before, a body named in passing stands for none of the others.)
    const none = extractText('The sanctioned firms included Brask Logistics, which Canada had already put under sanctions, and Orvel Trading.');
    expectNoRel(none, 'SANCTIONED', 'Canada', 'Orvel Trading');
  });
});
