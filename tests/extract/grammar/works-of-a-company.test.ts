/**
 * A company's works as the party: "A is a munitions factory under the B company" (the works' owner), "supplied
 * machine tools to B's factories" and "delivered equipment to modernise B's production lines" (the owner of the works
 * the goods go to or upgrade is their recipient). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: works under a company', () => {
  it('reads "A is a munitions factory under the B company" as ownership', () => {
    const out = extractText('Halvern Oleum Plant is a munitions factory under the Brask Plant company.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Oleum Plant', 'Brask Plant').rule).toBe('frame:own/copula-child');
  });

  it('takes a factory under sanctions or under a ministry for no company\'s unit', () => {
    const out = extractText('Halvern Oleum Plant is a factory under the Laotian Defence Ministry. Tessaly Works is a plant under sanctions imposed by Brask Group.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('grammar: a company\'s works as the recipient of goods', () => {
  it('reads "supplied machine tools to B\'s factories"', () => {
    const out = extractText('Tessaly Optics supplied machine tools to Halvern Group’s factories.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:supply/active');
  });

  it('reads "delivered equipment to modernise B\'s production lines" (a purpose of upgrading works)', () => {
    const out = extractText('Public procurement records show Tessaly Optics delivered automation equipment to modernise Halvern Group’s production lines.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:supply/active');
  });

  it('takes no recipient from lines that are no production lines', () => {
    expectNoRel(extractText('Tessaly Optics delivered software to modernise Halvern Group’s credit lines.'), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
  });
});

describe('ownership: a unit named as the agent of a participle is no one\'s description', () => {
  it('draws no ownership from "procure a lathe made by the Laotian subsidiary of B"', () => {
    const out = extractText('Tessaly Optics was working with Brask Logistics to procure a lathe made by the Laotian subsidiary of Vietnam’s Halvern Machinery Co.');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Machinery Co.');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Machinery Co.');
  });
});

describe('ownership: a company of a named group, in apposition', () => {
  it('reads "A, a B group company," as B\'s', () => {
    const out = extractText('A Laotian maker signed a contract to supply Tessaly Optics, a Halvern group company, with 200 flanges.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern').rule).toBe('frame:own/group-company');
  });

  it('takes no country for a group: "A, a Laotian company,"', () => {
    expect(extractText('The lenses went to Tessaly Optics, a Laotian company, in May.').relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });
});
