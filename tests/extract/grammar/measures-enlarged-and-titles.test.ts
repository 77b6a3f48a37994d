/**
 * Measures named by how they change and words that only look like acts: "Laos tightened sanctions against Mongolia"
 * (enlarging a measure imposes it; what it reaches is given by "on" or "against" alone), "the blacklisted company" (a
 * participle after a determiner describes its noun) and "its Specially Designated Nationals list" (a capitalised word
 * of a title is no act, so no one it comes after becomes a sanctioning body). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: measures that are enlarged, and acts that are only words of a name', () => {
  it('reads "Laos tightened / increased / expanded sanctions against Mongolia"', () => {
    for (const verb of ['tightened', 'increased', 'expanded', 'strengthened']) {
      expectRel(extractText(`Last week Laos ${verb} sanctions against Mongolia over its border raids.`), 'SANCTIONED', 'Laos', 'Mongolia');
    }
  });

  it('keeps a trader that increased its imports a buyer, not a sanctioning body', () => {
    const text = 'Since 2022, Halvern Group has increased its import of lathes, precision tools, made by Laotian manufacturer Tessaly Optics.';
    expectRel(extractText(text), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
    expect(relationsOf(text, 'SANCTIONED')).toEqual([]);
  });

  it('does not take the place of the firms a measure is widened to as its target', () => {
    const out = extractText('Laos widens Mongolia sanctions to Vietnam and Thailand firms');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Vietnam');
  });

  it('reads no sanction in "did little to hide their ties to the blacklisted company"', () => {
    const text = 'Tessaly Optics sold lenses to Halvern Group. The Laotian and Mongolian firms did little to hide their ties to the blacklisted company, Brask Logistics.';
    expect(relationsOf(text, 'SANCTIONED')).toEqual([]);
  });

  it('takes the body that put firms on the Treasury\'s "Specially Designated Nationals list" as the one that cited a person next', () => {
    const out = extractText('The Laotian Treasury added four firms based in Mongolia and Vietnam to the Treasury’s Specially Designated Nationals list on Monday. ' +
      'Their Vietnam-based manager Bertrand Olskiy was also cited.');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Bertrand Olskiy');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Bertrand Olskiy');
  });
});

describe('grammar: the steps a body takes', () => {
  it('reads "B has taken new measures to impose sanctions on K" as B\'s, and the list the next sentence puts A in as B\'s', () => {
    const out = extractText('The Laotian government has lately taken further measures to impose sanctions on Mongolia, accusing two Vietnamese ' +
      'traders of arming its army. Halvern Group and Brask Logistics were put on a list of 40 enterprises said to back the Mongolian army.');
    expectRel(out, 'SANCTIONED', 'Laotian government', 'Mongolia');
    expectRel(out, 'SANCTIONED', 'Laotian government', 'Halvern Group');
  });
});

describe('grammar: a body that hits or slaps a party with sanctions', () => {
  it('reads "Laos hit A with sanctions" and "the EU has slapped K with a series of sanctions" with the object as the target', () => {
    expectRel(extractText('Laos hit Halvern Group with sanctions on Monday.'), 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(extractText('Since the border war began, the EU has slapped Mongolia with a long series of trade sanctions.'), 'SANCTIONED', 'EU', 'Mongolia');
  });

  it('reads no measure where something hits a party with what is no measure', () => {
    expect(relationsOf('A stray drone hit Halvern Group with debris on Monday.', 'SANCTIONED')).toEqual([]);
  });
});
