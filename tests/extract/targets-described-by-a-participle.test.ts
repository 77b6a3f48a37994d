/**
 * A list of sanction targets whose items carry a participle of their own ("A, known for exporting G, B and C", "A,
 * manufacturing G, B, producing H, and C", "A, based in P, ..."): every name past the description is a target, as past
 * a relative clause; items may be set apart by semicolons. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

const BODY = 'The EU adopted new sanctions on Laos on Friday. ';

describe('sanctions: targets each described by a participle', () => {
  it('goes past "known for ..." in a list the targets include', () => {
    const out = extractText(BODY + 'The list of sanctioned Laotian companies was expanded to include Halvern Group, known for exporting drones, Orvel Trading and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'EU', t);
  });

  it('goes past -ing descriptions the tagger may read as nouns', () => {
    const out = extractText(BODY + 'The list of sanctioned Laotian companies was expanded to include Halvern Group, manufacturing optical sights, Orvel Trading, producing radios, and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'EU', t);
  });

  it('goes past a place given by "based in"', () => {
    const out = extractText(BODY + 'The list of sanctioned companies was expanded to include Halvern Group, based in Vietnam, Orvel Trading and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'EU', t);
  });

  it('goes past each item described in turn after a sanctioning verb', () => {
    const out = extractText('The EU sanctioned Halvern Group, known for exporting drones, Orvel Trading, a weapon maker, and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'EU', t);
  });

  it('goes past items set apart by semicolons after a sanctioning verb', () => {
    const out = extractText('The EU sanctioned Halvern Group, which exports drones; Orvel Trading, which makes radios; and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'EU', t);
    const described = extractText('The EU sanctioned Halvern Group, a drone maker; Orvel Trading, a radio maker; and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(described, 'SANCTIONED', 'EU', t);
  });

  it('goes past a participle on an item after a semicolon, but not into a clause of its own', () => {
    const out = extractText('The EU sanctioned Halvern Group, which exports drones; Orvel Trading, known for making radios; and Kestra Air.');
    for (const t of ['Halvern Group', 'Orvel Trading', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'EU', t);
    const clause = extractText('The EU sanctioned Halvern Group, a drone maker; Orvel Trading, its rival, shipped radios to Laos.');
    expectRel(clause, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
    expectNoRel(clause, 'SANCTIONED', 'EU', 'Orvel Trading');
    // (Up to the item's own semicolon: a later item's clause does not end the list before it.)
    const later = extractText('The EU sanctioned Halvern Group, a drone maker; Orvel Trading, a radio maker; Kestra Air, its rival, was spared.');
    expectRel(later, 'SANCTIONED', 'EU', 'Orvel Trading');
    expectNoRel(later, 'SANCTIONED', 'EU', 'Kestra Air');
  });

  it('ends the list at an item after a semicolon that is a clause with a plain verb', () => {
    for (const text of ['The EU sanctioned Halvern Group, a drone maker; and Brask Logistics denied any link.',
      'The EU sanctioned Halvern Group, a drone maker; Brask Logistics, which is based in Laos, denied any link.']) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'EU', 'Halvern Group');
      expectNoRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
    }
  });

  it('reads only a trade\'s -ing form as a description: "citing", "freezing" are the main clause\'s', () => {
    const out = extractText('The Treasury sanctioned Halvern Group, citing its shipments to Brask Logistics, and Vestrik denied any link.');
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Vestrik');
    const frozen = extractText('The EU sanctioned Halvern Group, freezing its assets, and Brask Logistics moved its cash to Laos.');
    expectNoRel(frozen, 'SANCTIONED', 'EU', 'Brask Logistics');
  });
});
