/**
 * Reliance and arrival that move no goods: "both rely on B for protection", "relied on B to continue its war", "a team
 * of engineers arrived in P". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('guards: reliance and arrival without goods', () => {
  it('reads a reliance for goods, not for protection nor for a purpose of its own', () => {
    expectRel(extractText('Mongolia relies on Laos for drones.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectRel(extractText('Mongolia relies on Laos for 90% of its drones.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectRel(extractText('Mongolia relies on Laos to supply its drones.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expect(relationsOf('Vietnam and Laos both rely on Mongolia for protection from their neighbours.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Mongolia relied on the Kestrova Group to continue its war.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads no flow where people arrive: "a group of Laotian engineers arrived in K"', () => {
    expect(relationsOf('In May a group of Laotian engineers from Halvern Group arrived in Mongolia.', 'SHIPPED_TO')).toEqual([]);
    // (People who report the arrival are not the ones arriving.)
    expectRel(extractText('Customs officers said Laotian drones arrived in Mongolia in May.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectRel(extractText('In May a shipment of Laotian rifles arrived in Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });
});
