/**
 * Targets reaching a measure and targets named in quotes: "A, B and C also fell under export restrictions", "A came
 * under US sanctions" (the measure's body, else the report's), and "restrictions were introduced against the Russian
 * company "A"" (the quoted name a description gives). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('sanctions: targets that fell or came under a measure', () => {
  it('reads "A came under US sanctions" and "A, B and C also fell under export restrictions" after a body\'s measure', () => {
    expect(expectRel(extractText('Halvern Group came under US sanctions in 2022.'), 'SANCTIONED', 'United States', 'Halvern Group').rule).toBe('frame:fall-under/active');
    const out = extractText('Washington imposed sanctions on 11 Mongolian companies. Brask Logistics, Halvern Group and Tessaly Optics, which trade in electronics, also fell under export restrictions.');
    expectRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'United States', 'Tessaly Optics');
  });

  it('reads no measure in "came under fire"', () => {
    // (After a body's measure too, whose targets a bare "came under" would otherwise take.)
    const fire = extractText('The US Treasury sanctioned Brask Logistics on Monday. Halvern Group came under fire for its sales.');
    expectNoRel(fire, 'SANCTIONED', 'US Treasury', 'Halvern Group');
  });
});

describe('sanctions: targets sanctioned under a body\'s resolution or law', () => {
  it('reads "A and B are sanctioned under UN Security Council Resolution 4021" as the council\'s measure on both', () => {
    for (const [text, body] of [
      ['Halvern Group and Brask Logistics are sanctioned under UN Security Council Resolution (UNSCR) 4021 as well.', 'UN Security Council'],
      ['Halvern Group and Brask Logistics are sanctioned under UN Security Council resolution 4188.', 'UN Security Council'],
    ]) {
      const out = extractText(text);
      for (const t of ['Halvern Group', 'Brask Logistics']) expect(expectRel(out, 'SANCTIONED', body, t).rule).toBe('frame:sanction/passive');
      // (The resolution is the council's act, no word of its name.)
      expect(out.entities.some((e) => /Resolution/.test(e.name))).toBe(false);
    }
    expectRel(extractText('Halvern Group was sanctioned under a Vietnamese law on exports.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('reads no sanctioner in "sanctioned under pressure from C", "under Vietnamese pressure"', () => {
    expect(relationsOf('Halvern Group was sanctioned under pressure from Vietnam.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Halvern Group was sanctioned under Vietnamese pressure.', 'SANCTIONED')).toEqual([]);
  });
});

describe('sanctions: a target named in quotes after its description', () => {
  it('reads "restrictions were introduced against the Russian company \\"A\\""', () => {
    const out = extractText('Washington imposed sanctions on 11 Mongolian companies. Export restrictions were also introduced against the Russian company "Halvern-Tessaly", a producer of titanium.');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern-Tessaly');
  });
});

describe('grammar: a country named alone is subject to a measure, its subject shared by a joined verb', () => {
  it('reads "Laos was branded X and remains subject to A, B and C trade sanctions" as each body\'s measure', () => {
    const out = extractText('Laos was branded a rogue regime last year and remains subject to Vietnamese, United Nations and European Union trade sanctions and export bans.');
    for (const b of ['Vietnam', 'United Nations', 'European Union']) expect(expectRel(out, 'SANCTIONED', b, 'Laos').rule).toBe('frame:sanction/subject-to');
  });

  it('reads no country for its firms: "Laotian firms remain subject to EU sanctions"', () => {
    expectNoRel(extractText('Laotian firms remain subject to European Union trade sanctions.'), 'SANCTIONED', 'European Union', 'Laos');
    expectNoRel(extractText('Companies in Laos remain subject to European Union trade sanctions.'), 'SANCTIONED', 'European Union', 'Laos');
  });
});

describe('a counted group sanctioned where it is', () => {
  it('reads no country as a target in "sanctioned five people and 14 entities in Laos and Vietnam"', () => {
    const out = extractText('Mongolia sanctioned five people and 14 entities in Laos and Vietnam.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    // (A country named in the list itself is a target: "sanctioned 25 officials and Laos".)
    expectRel(extractText('The European Union sanctioned 25 officials and Laos over the crackdown.'), 'SANCTIONED', 'European Union', 'Laos');
  });
});

describe('grammar: "A, a target of B sanctions,"', () => {
  it('reads the name a "target of" a body\'s sanctions describes as the measure\'s target, in apposition or after the copula', () => {
    expect(expectRel(extractText("Laos's Halvern Air, a target of Vietnamese sanctions for carrying rifles to Mongolia, bought parts."), 'SANCTIONED', 'Vietnam', 'Halvern Air').rule).toBe('frame:sanction/target-of');
    expect(expectRel(extractText('Halvern Air is a target of European Union sanctions.'), 'SANCTIONED', 'European Union', 'Halvern Air').rule).toBe('frame:sanction/target-of');
  });

  it('reads nothing for a target of anything else', () => {
    expect(relationsOf('Halvern Air, a target of Vietnamese criticism, bought parts.', 'SANCTIONED')).toEqual([]);
  });
});

describe('grammar: a body\'s order and a firm\'s business', () => {
  it('reads "the X Department order imposes restrictions on the business of A" as the department\'s measure on A', () => {
    const out = extractText('The Laotian Commerce Department order, signed by Martin Varno, imposes harsh restrictions on the business of Halvern Group.');
    expect(expectRel(out, 'SANCTIONED', 'Laotian Commerce Department', 'Halvern Group').rule).toBe('frame:impose/active');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});
