/**
 * Determinations of sanctions as a nonproliferation notice words them: "a determination has been made to impose
 * measures on:" (the body the text is about decided them), counted groups with their names in brackets ("two Laotian entities
 * [A and B]; one Thai individual [C]"), a plural pronoun after such a measure (the targets, not the body), and the
 * countries of "entities from A and B" (no targets). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const rels = (text: string, type: string) => extractText(text).relations.filter((r) => r.type === type);

describe('sanctions: determinations and bracketed groups', () => {
  it('reads every counted group and the names in its brackets after "sanctions on:"', () => {
    const out = extractText('Under the act, the Laotian Foreign Ministry imposed sanctions on: two Vietnamese entities [Halvern Group and Orvel Trading]; one Thai individual [Martin Varno].');
    for (const target of ['Halvern Group', 'Orvel Trading', 'Martin Varno']) {
      expect(expectRel(out, 'SANCTIONED', 'Laotian Foreign Ministry', target).rule).toBe('frame:impose/active');
    }
    // (Parentheses alike, and "and" between groups, past a short form or an alias inside the brackets.)
    const round = extractText('Under the act, the Laotian Foreign Ministry imposed sanctions on: two Vietnamese entities (Tessaly Optics and Vestrik Ltd) and one Thai individual (Irina Olskaya).');
    expectRel(round, 'SANCTIONED', 'Laotian Foreign Ministry', 'Vestrik Ltd');
    expectRel(round, 'SANCTIONED', 'Laotian Foreign Ministry', 'Irina Olskaya');
    // (Brackets never closed give no names: what follows may be anything.)
    const open = extractText('Under the act, the Laotian Foreign Ministry imposed sanctions on: two Vietnamese entities (Tessaly Optics and Vestrik Ltd, a reseller for Brask Logistics.');
    expect(open.relations.filter((r) => r.type === 'SANCTIONED' && /Brask/.test(open.entities.find((e) => e.id === r.target)?.name ?? ''))).toEqual([]);
  });

  it('gives a determination to impose sanctions to the body the text is about', () => {
    const text = 'On May 2, the Laotian Foreign Ministry imposed new sanctions on firms from Vietnam and Thailand. Kestrova Ltd was named as well. The list follows. ' +
      'Under the act, a determination has been made to impose measures on: three Thai entities [Tessaly Optics, Vestrik Ltd, and Brask Logistics] and one Thai individual [Martin Varno (aka Tomas Varno)].';
    const out = extractText(text);
    for (const target of ['Tessaly Optics', 'Vestrik Ltd', 'Brask Logistics', 'Martin Varno']) expectRel(out, 'SANCTIONED', 'Laotian Foreign Ministry', target);
    // (A text that names no such body gives no imposer.)
    expect(rels('Under the act, a formal determination has been made to impose measures on: two Thai entities [Tessaly Optics and Vestrik Ltd].', 'SANCTIONED')).toEqual([]);
    // (Nor does the decision the text has spoken of, whatever its phrase goes on to say.)
    const spoken = extractText('The Laotian Foreign Ministry sanctioned Halvern Group. The statement says the decision to impose the measures is due to the expiry of restrictions on Vietnam.');
    expect(spoken.relations.filter((r) => r.type === 'SANCTIONED')).toHaveLength(1);
  });

  it('takes neither the countries the firms are from nor the body for "they" after the measure', () => {
    const out = extractText('The Laotian Foreign Ministry imposed new sanctions on firms from Vietnam and Thailand. Reliable reports showed that they had acquired radios from Cambodia.');
    expect(out.relations).toEqual([]);
    // (The verb alike; two countries named plainly are targets.)
    expect(extractText('Laos sanctioned firms from Vietnam and Thailand.').relations).toEqual([]);
    // (Firms named by their country's adjective place nothing: "Laotian firms and Vietnam" sanctions Vietnam.)
    expectRel(extractText('Thailand sanctioned Laotian firms and Vietnam on Tuesday.'), 'SANCTIONED', 'Thailand', 'Vietnam');
    expectRel(extractText('Thailand imposed sanctions on Laotian firms and Vietnam on Tuesday.'), 'SANCTIONED', 'Thailand', 'Vietnam');
    const plain = extractText('Laos sanctioned Vietnam and Thailand.');
    expectRel(plain, 'SANCTIONED', 'Laos', 'Thailand');
  });
});
