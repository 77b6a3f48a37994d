/**
 * Measures named by what defies or oversees them: a trade "despite an EU embargo" or "in violation of US sanctions"
 * defies the body's measure against the country the goods went to; "the UN committee charged with enforcing
 * sanctions imposed against K" names the body whose organ oversees the measure. Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: measures defied and overseen', () => {
  it('reads "A sold G to K despite an EU embargo" as the EU\'s measure against K', () => {
    expect(expectRel(extractText('Halvern Group kept selling rifles to Laos despite an EU embargo.'), 'SANCTIONED', 'EU', 'Laos').rule).toBe('frame:sanction/defied');
    expectRel(extractText('Halvern Group shipped drones to Laos in violation of US sanctions.'), 'SANCTIONED', 'United States', 'Laos');
    expectRel(extractText('Halvern Group shipped drones to Laos in breach of the EU\'s embargo.'), 'SANCTIONED', 'EU', 'Laos');
  });

  it('reads no measure without a named body, nor against a firm the goods went to', () => {
    expect(relationsOf('Halvern Group shipped drones to Laos despite sanctions.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Halvern Group shipped drones to Brask Logistics despite EU sanctions.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Halvern Group shipped drones to Laos despite EU objections.', 'SANCTIONED')).toEqual([]);
    // (Nor a measure that names a target of its own.)
    expect(relationsOf('Halvern Group shipped drones to Laos despite EU sanctions on Mongolia.', 'SANCTIONED').some((r) => r.rule === 'frame:sanction/defied')).toBe(false);
  });

  it('reads "the UN committee charged with enforcing sanctions imposed against K"', () => {
    expect(expectRel(extractText('The seizure was reported to the UN committee charged with enforcing sanctions imposed against Laos.'), 'SANCTIONED', 'UN', 'Laos').rule)
      .toBe('frame:impose/passive');
    expectRel(extractText('The seizure was reported to the UN committee enforcing sanctions imposed against Laos.'), 'SANCTIONED', 'UN', 'Laos');
    expectRel(extractText('The UN panel responsible for enforcing sanctions imposed against Laos met in May.'), 'SANCTIONED', 'UN', 'Laos');
    // (Not a body's office of another kind: "the UN office implementing ...".)
    expect(relationsOf('The seizure was reported to the UN office implementing sanctions imposed against Laos.', 'SANCTIONED')).toEqual([]);
    // (Nor an organ that only speaks of the measure.)
    expect(relationsOf('The UN committee welcomed sanctions imposed against Laos.', 'SANCTIONED')).toEqual([]);
  });
});

describe('measures defied: a participle of breaking the measure', () => {
  it('reads "shipped G to K, violating (breaking, defying) US sanctions" and "breaching an EU ban" as the body\'s measure on K', () => {
    for (const verb of ['violating', 'breaking', 'defying']) {
      const out = extractText(`Halvern Group shipped chips to Vietnam, ${verb} US sanctions.`);
      expect(expectRel(out, 'SANCTIONED', 'United States', 'Vietnam').rule).toBe('frame:sanction/defied');
    }
    const breaching = extractText('Halvern Group sold drone engines to Vietnam, breaching an EU ban imposed over the war.');
    expectRel(breaching, 'SANCTIONED', 'European Union', 'Vietnam');
    expectRel(extractText('Laos was defying US sanctions by supplying Vietnam with fuel.'), 'SANCTIONED', 'United States', 'Vietnam');
  });

  it('takes no measure from a violation denied, alleged of another party or fined for', () => {
    for (const text of ['Halvern Group shipped chips to Vietnam last year but denied violating US sanctions.',
      'Halvern Group shipped chips to Vietnam, which has been accused of violating US sanctions.',
      'Halvern Group, which shipped chips to Vietnam in 2021, was fined on Monday for breaching US sanctions.']) {
      expectNoRel(extractText(text), 'SANCTIONED', 'United States', 'Vietnam');
    }
  });

  it('takes no measure on the buyer from one that names its own target ("violating US sanctions on Laos")', () => {
    expectNoRel(extractText('Halvern Group shipped chips to Vietnam, violating US sanctions on Laos.'), 'SANCTIONED', 'United States', 'Vietnam');
  });
});
