/**
 * A case against one person, told the way court and police reports tell it: the person named once, then "the
 * suspect", "the businessman"; and what the person is "alleged" or "said" to have done. Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: people in criminal cases', () => {
  it('reads "the suspect", "the businessman" as the one person named in the sentences before', () => {
    const out = extractText('The man, identified only as Bertrand Olskiy, was detained by customs officers in Leipzig. ' +
      'Officers also searched his office. The prosecutors did not say more. The suspect shipped several machine tools to Russia in 2019.');
    expectRel(out, 'SHIPPED_TO', 'Bertrand Olskiy', 'Russia');
    expectRel(extractText('Police detained Bertrand Olskiy on Monday. The businessman is accused of shipping lathes to Belarus.'),
      'SHIPPED_TO', 'Bertrand Olskiy', 'Belarus');
  });

  it('leaves "the suspect" alone where two people are named, or none', () => {
    expect(relationsOf('Police detained Bertrand Olskiy and Irina Olskaya on Monday. The suspect shipped lathes to Belarus.', 'SHIPPED_TO')).toEqual([]);
    // (A company is no suspect of this kind: "the suspect" does not stand for it.)
    expectNoRel(extractText('Police searched Halvern Group on Monday. The suspect shipped lathes to Belarus.'), 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });

  it('reads "A is alleged / said / believed to have shipped G to B" as A shipping, in the active voice', () => {
    for (const verb of ['alleged', 'said', 'believed']) {
      expectRel(extractText(`Bertrand Olskiy is ${verb} to have shipped several machine tools to Russia.`), 'SHIPPED_TO', 'Bertrand Olskiy', 'Russia');
    }
    expectRel(extractText('Police detained Bertrand Olskiy on Monday. The suspect is alleged to have shipped lathes to Belarus in 2019.'),
      'SHIPPED_TO', 'Bertrand Olskiy', 'Belarus');
    // ("expected to ship" is no report of a deed: it stays a guess.)
    expect(relationsOf('Bertrand Olskiy is expected to ship lathes to Belarus.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads a recipient in quotation marks: \'selling goods to "military recipients in Belarus"\'', () => {
    const out = extractText('The court sentenced Bertrand Olskiy. The man was accused of violating sanctions by selling goods to "military recipients in Belarus."');
    expect(expectRel(out, 'SHIPPED_TO', 'Bertrand Olskiy', 'Belarus').rule).toBe('frame:supply/active');
  });
});

describe('grammar: "the defendant" is never the officer who brings the case', () => {
  it('reads "the defendant" past a prosecutor named after him as the one person charged', () => {
    const out = extractText('Martin Varno, 60, was charged in May. US Attorney Irina Olskaya said the case was grave. The defendant exported engines to Laos.');
    expect(expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Laos').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Irina Olskaya', 'Laos');
    // (The title inside the name's span: "Judge A".)
    const judge = extractText('Martin Varno, 60, was charged in May. Judge Irina Olskaya said the case was grave. The defendant exported engines to Laos.');
    expect(expectRel(judge, 'SHIPPED_TO', 'Martin Varno', 'Laos').rule).toBe('frame:supply/active');
  });
});
