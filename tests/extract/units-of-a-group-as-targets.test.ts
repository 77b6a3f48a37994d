/**
 * A sanctions list that takes in unnamed units of a named group ("added two units of the Halvern Group to its
 * blacklist") lists the units, not the group; goods sent to such a unit still reach the group. Sentences written for
 * the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: unnamed units of a group', () => {
  it('gives no sanction on the group for its units put on a list', () => {
    const out = extractText('In 2021 the Laotian trade ministry put two units of the Halvern Group on its trade blacklist, citing fraud.');
    expectNoRel(out, 'SANCTIONED', 'Laotian trade ministry', 'Halvern Group');
  });

  it('still takes a body for a unit of it that imposes a measure', () => {
    expectRel(extractText('A division of the Laotian Finance Ministry sanctioned Orvel Trading on Monday.'), 'SANCTIONED', 'Laotian Finance Ministry', 'Orvel Trading');
  });

  it('still takes the group for the buyer of goods sent to one of its units', () => {
    const out = extractText('Brask Logistics shipped radar parts to a subsidiary of the Halvern Group in 2023.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
    const contract = extractText('Laos signed a contract with a subsidiary of the Halvern Group to buy drones.');
    expectRel(contract, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
