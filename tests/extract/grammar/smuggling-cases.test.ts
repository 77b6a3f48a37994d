/**
 * Constructions of court and enforcement reports on smuggling: a past form of supply the tagger reads as an
 * adjective, joined to an earlier verb ("A misled the regulators and smuggled advanced optical equipment to B") or
 * before a participle that only describes the goods ("A smuggled advanced optical equipment to B"). Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { sentenceChunks } from '../../../server/extract/grammar/clauses.js';
import { expectNoRel, expectRel, extractText } from '../helpers.js';
import { grammarOf, textOf } from './grammar-of.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('grammar: smuggling cases', () => {
  it('reads a joined past form of supply the tagger takes for an adjective, before the goods and "to"', () => {
    expectRel(extractText('Halvern Group misled licensing officials and smuggled optics to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('As charged, Martin Varno deceived the licensing officials and smuggled advanced optical equipment to Laotian buyers, putting profit first.'),
      'SHIPPED_TO', 'Martin Varno', 'Laos');
  });

  it('reads no joined verb where "to" opens an infinitive: "weapons and smuggled goods to be destroyed"', () => {
    const text = 'Halvern Group seized weapons and smuggled goods to be destroyed in Laos.';
    expect(flows(text)).toEqual([]);
    const g = grammarOf(text);
    expect(sentenceChunks(g, g.an.sentences[0]).list.map((c) => textOf(g, c))).toContain('weapons and smuggled goods');
  });

  it('reads a participle after such a past form as the goods\' modifier, not a verb of its own', () => {
    expectRel(extractText('Halvern Group smuggled advanced optical equipment to Laotian buyers.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads money a clause relates without a pronoun as no goods: "hid the payments he received from Laotian clients"', () => {
    const story = (what: string) => 'Martin Varno, 52, was found guilty of buying optics for buyers in Laos.\n\n' +
      'The sellers were told that the parts would go to clients outside of Laos.\n\n' +
      `His Thai front firms also hid the ${what} he received from Laotian clients.`;
    expectNoRel(extractText(story('payments')), 'SHIPPED_TO', 'Laos', 'Martin Varno');
    expectRel(extractText(story('rifles')), 'SHIPPED_TO', 'Laos', 'Martin Varno');
  });

  it('reads no joined verb where the goods after it are the subject of a verb after their destination', () => {
    expect(flows('Thailand sanctioned Orvel Trading and smuggled drones to Laos were seized.')).toEqual([]);
  });

  it('reads no money moved where the phrase before the pronoun is a preposition\'s object', () => {
    expectRel(extractText('Brask Logistics admitted to customs officials it received from Orvel Trading three shipments of drones.'), 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('keeps the joined verb inside a relative clause whose antecedent a verb after it takes', () => {
    const out = extractText('The Thai firms Halvern Group and Brask Logistics that bought engines and smuggled drones to Laos were fined on Monday.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });
});
