/**
 * Measures named in passing, as the object of a breach or under a hedge on something else: "may have breached
 * European and US sanctions against B" (the sanctions are in force whether or not they were breached), "the EU's
 * embargo against B", "European sanctions" (the Union's, named by the adjective alone). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('sanctions: measures named in passing', () => {
  it('reads a measure under a breach the sentence only suspects', () => {
    const out = extractText('Some of the shipments may have breached US sanctions against Laos.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Laos').rule).toBe('frame:sanction/nominal');
    // (A measure only planned stays unasserted.)
    expectNoRel(extractText('The US may impose new US sanctions on Laos.'), 'SANCTIONED', 'United States', 'Laos');
  });

  it('reads bodies joined before the measure\'s own: "EU and US sanctions against B"', () => {
    const out = extractText('The shipments breached EU and US sanctions against Laos.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Laos').rule).toBe('frame:sanction/nominal');
    expectRel(out, 'SANCTIONED', 'United States', 'Laos');
  });

  it('reads "European sanctions" as the European Union\'s, and "European firms" as no body', () => {
    const out = extractText('The shipments may have breached European and US sanctions against Laos.');
    expectRel(out, 'SANCTIONED', 'European Union', 'Laos');
    expectRel(out, 'SANCTIONED', 'United States', 'Laos');
    const placed = extractText('Kestrova LLC was placed under European sanctions in 2022.');
    expectRel(placed, 'SANCTIONED', 'European Union', 'Kestrova LLC');
    const firms = extractText('European firms sold optics to Kestrova LLC. European officials met in Brussels.');
    expect(firms.entities.map((e) => e.name)).not.toContain('European Union');
  });

  it('reads an embargo as a measure: "the EU\'s embargo against B"', () => {
    const text = 'The presses fall under the EU\'s embargo against Laos.';
    expect(expectRel(extractText(text), 'SANCTIONED', 'EU', 'Laos').rule).toBe('frame:sanction/nominal');
    expect(relationsOf(text, 'SANCTIONED')).toHaveLength(1);
  });
});
