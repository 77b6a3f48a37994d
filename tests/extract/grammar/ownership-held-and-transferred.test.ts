/**
 * Ownership a report names as a holding ("by way of her ownership and control of A, B and C") or as a change of owner
 * on record ("transferred them to his name"), shown with sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: ownership held and transferred', () => {
  it('reads "by way of her ownership and control of A, B and C" as the person owning each firm', () => {
    const out = extractText('Irina Olskaya was sanctioned in March for importing fuel for the army. ' +
      'She keeps a hand in the trade by way of her ownership and control of Brask Logistics, Orvel Trading and Halvern Group, all Thai companies.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Irina Olskaya');
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
    // (Named in the same sentence, or a firm's own: "its ownership of B".)
    expectRel(extractText('Martin Varno runs the fuel trade through his ownership of Brask Logistics.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Martin Varno');
    expectRel(extractText('Halvern Group keeps a hold on the trade through its ownership of Brask Logistics.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
  });

  it('takes "her" to the one person named, not a firm named beside her', () => {
    const out = extractText('Irina Olskaya and Kestrova Holdings were sanctioned in March. ' +
      'She keeps a hand in the trade through her ownership of Brask Logistics.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Irina Olskaya');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Kestrova Holdings');
    // (Nor to a firm in the same sentence: "his" is no firm's.)
    const firm = extractText('Kestrova Holdings was sanctioned. The deal ran through his ownership of Brask Logistics.');
    expectNoRel(firm, 'SUBSIDIARY_OF', 'Brask Logistics', 'Kestrova Holdings');
  });

  it('reads no ownership that is disputed, alleged, ended or handed on, and "Its" as a company\'s only', () => {
    for (const text of ['Halvern Group rejected claims of its ownership of Brask Logistics.', 'Martin Varno disputed Halvern Group\'s ownership of Brask Logistics.',
      'Halvern Group ended its ownership of Brask Logistics in 2019.', 'Halvern Group transferred its ownership of Brask Logistics to Orvel Trading.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SUBSIDIARY_OF'), text).toEqual([]);
    }
    expectNoRel(extractText('Martin Varno runs Halvern Group. Its ownership of Brask Logistics was disclosed in 2015.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Martin Varno');
  });

  it('reads "transferred them to his name" as a change of owner, no supply to the firms', () => {
    const out = extractText('Martin Varno became the owner of several firms after Tomas Varno transferred the firms to his name, including Orvel Trading.');
    expectNoRel(out, 'SHIPPED_TO', 'Tomas Varno', 'Orvel Trading');
    expectRel(extractText('Tomas Varno transferred the rifles to Martin Varno.'), 'SHIPPED_TO', 'Tomas Varno', 'Martin Varno');
  });
});
