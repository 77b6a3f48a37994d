/**
 * "A's subsidiaries exported G to B", "A subsidiaries shipped G": a named group's unnamed units trade for the group, as
 * "subsidiaries of A" already did; and "to the group's old operation in K" sends the goods to K, as "its unit in
 * K" did. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('trade: a group\'s units trade for it', () => {
  it("reads the group whose units exported the goods: \"A's subsidiaries\", \"A subsidiaries\"", () => {
    expectRel(extractText("Halvern Group's subsidiaries exported drones to Laos."), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group subsidiaries exported drones to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads no group for its former units', () => {
    expectNoRel(extractText("Halvern Group's former subsidiaries exported drones to Laos."), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads the group as the buyer its units stand for', () => {
    expectRel(extractText("Brask Logistics sold drones to Halvern Group's subsidiaries."), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('still reads a unit the text names as itself', () => {
    const out = extractText("Halvern Group's subsidiary Orvekon Trading shipped drones to Laos.");
    expectRel(out, 'SHIPPED_TO', 'Orvekon Trading', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads no sanctions on the group for measures on its units', () => {
    expectNoRel(extractText("The Treasury sanctioned Halvern Group's subsidiaries."), 'SANCTIONED', 'Treasury', 'Halvern Group');
  });

  it('reads the country of a firm\'s own operation or office the goods went to', () => {
    expectRel(extractText("Halvern Group exported equipment worth $5 million to the group's old operation in Laos."), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group shipped drones to its office in Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
