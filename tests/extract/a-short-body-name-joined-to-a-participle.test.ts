/**
 * "the UN-designated A": the tokeniser keeps a word after the prefix "un-" whole, so the body's short form was lost; it
 * is split as "US-designated" is, and a hyphen left open before "and" shares the next name's participle in an owner's
 * phrase too ("a unit of the EU- and UN-designated B"). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a short body name joined to a participle', () => {
  it('reads the UN in "the UN-designated A" as the body', () => {
    const out = extractText('Laos traded with the UN-designated Brask Group until 2019.');
    expectRel(out, 'SANCTIONED', 'UN', 'Brask Group');
  });

  it('takes the owner past a shared hyphen in "a unit of the EU- and UN-designated B"', () => {
    const out = extractText('Halvern Co was named in 2013 as a unit of the EU- and UN-designated Brask Group.');
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Co', 'Brask Group');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Group');
    expectRel(out, 'SANCTIONED', 'UN', 'Brask Group');
  });

  it('gives each conjunct its own mark', () => {
    const out = extractText('Halvern Group sold drones to UN-sanctioned Vestrik and EU-sanctioned Dornik LLC.');
    expectRel(out, 'SANCTIONED', 'UN', 'Vestrik');
    expectRel(out, 'SANCTIONED', 'EU', 'Dornik LLC');
    expectNoRel(out, 'SANCTIONED', 'UN', 'Dornik LLC');
    const firms = extractText('Halvern Group shipped drones to the UN-designated firms Vestrik and Dornik LLC.');
    expectRel(firms, 'SANCTIONED', 'UN', 'Dornik LLC');
  });

  it('shares one participle across three bodies', () => {
    const out = extractText('Halvern Group shipped drones to the US-, EU- and UN-designated Vestrik.');
    for (const b of ['United States', 'EU', 'UN']) expectRel(out, 'SANCTIONED', b, 'Vestrik');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'United States');
  });

  it("leaves a possessor's mark to the possessor", () => {
    const out = extractText("The Treasury sanctioned the US- and UN-designated Vestrik's unit, Orvel Trading.");
    expectRel(out, 'SANCTIONED', 'Treasury', 'Orvel Trading');
    expectNoRel(out, 'SANCTIONED', 'UN', 'Orvel Trading');
  });
});
