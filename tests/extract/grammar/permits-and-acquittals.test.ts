/**
 * Supply that is only asked for or was ruled out: "A applied for a licence to export G to B", "A was cleared of
 * supplying B" draw no flow; a shipment made under a licence still does. Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: permits asked for and acquittals', () => {
  it('reads no flow from "applied for a licence to export G to B" or "sought permission to ship G to B"', () => {
    expect(relationsOf('Tessaly Optics has applied for a licence to export thermal sights to Belarus.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Tessaly Optics sought permission to ship thermal sights to Belarus.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads no flow from "A was cleared of supplying B with G"', () => {
    expect(relationsOf('Tessaly Optics was cleared of supplying Belarus with thermal sights.', 'SHIPPED_TO')).toEqual([]);
  });

  it('still reads a shipment made under a licence', () => {
    expectRel(extractText('Tessaly Optics exported thermal sights to Belarus under a licence issued in 2021.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
  });
});
