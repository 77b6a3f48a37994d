/**
 * "A, whose shareholders include B", "A's investors include B and C": the holders a list of a firm's owners or investors
 * names own it; and the verb after a "whose" aside is the antecedent's, not the aside's. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('ownership: owners a list includes', () => {
  it('reads the holders a "whose" aside lists as owners of its antecedent', () => {
    expectRel(extractText('Orvekon Ltd, whose shareholders include Kestrapol LLC, bought drones.'), 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
    const described = extractText('A firm called Orvekon Ltd, whose investors include Laotian energy giant Kestrapol LLC, bought drones.');
    expectRel(described, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
  });

  it("reads every holder of a possessor's list of owners", () => {
    const out = extractText("Orvekon Ltd's investors include Kestrapol LLC and Brask Logistics.");
    expectRel(out, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Brask Logistics');
  });

  it('reads no ownership for former holders, customers or a hedged list', () => {
    expectNoRel(extractText("Orvekon Ltd's former shareholders include Kestrapol LLC."), 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
    expectNoRel(extractText("Orvekon Ltd's customers include Kestrapol LLC."), 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
    expectNoRel(extractText("Orvekon Ltd's shareholders may include Kestrapol LLC."), 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
    expectNoRel(extractText("Orvekon Ltd's shareholders included Kestrapol LLC until 2020."), 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
    // (A time word later in the sentence ends nothing: "which bought its stake before the war".)
    const later = extractText("Orvekon Ltd's shareholders include Kestrapol LLC, which bought its stake before the war.");
    expectRel(later, 'SUBSIDIARY_OF', 'Orvekon Ltd', 'Kestrapol LLC');
  });

  it('reads the verb after a "whose" aside as the antecedent\'s, in either rule layer', () => {
    const out = extractText('Orvekon Ltd, whose investors include Kestrapol LLC, bought drones from Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvekon Ltd');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Kestrapol LLC');
    const clients = extractText('Orvekon Ltd, whose clients include Kestrapol LLC, bought drones from Brask Logistics.');
    expectNoRel(clients, 'SHIPPED_TO', 'Brask Logistics', 'Kestrapol LLC');
    // ("said it exported": "it" is the antecedent, past the aside, as for "A said it exported".)
    const said = extractText('Orvekon Ltd, whose clients include Kestrapol LLC, said it exported drones to Laos.');
    expectRel(said, 'SHIPPED_TO', 'Orvekon Ltd', 'Laos');
    expectNoRel(said, 'SHIPPED_TO', 'Kestrapol LLC', 'Laos');
    const owner = extractText('Orvekon Ltd, whose owner is Kestrapol LLC, bought drones from Brask Logistics.');
    expectNoRel(owner, 'SHIPPED_TO', 'Brask Logistics', 'Kestrapol LLC');
  });
});
