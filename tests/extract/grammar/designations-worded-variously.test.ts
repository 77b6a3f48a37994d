/**
 * Designations as reporting on a sanctions round words them: an industry's name before a firm ("Also targeted was
 * shipping company A"), an industry as a sector after a nationality ("its move against Laotian shipping"), the list
 * a verb of adding puts the added on past a participle on them ("added A and three ships controlled by it to its
 * list"), and an acronym written as a word ("the Bureau of ... (Belc)"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../../server/extract/grammar/clauses.js';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';
import { grammarOf, textOf } from './grammar-of.js';

describe('grammar: designations worded variously', () => {
  it('reads "Also targeted was shipping company A": the industry is no verb', () => {
    const out = extractText('Laos blacklisted Halvern Group. Also targeted was shipping company Brask Logistics, a unit of Halvern Group.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('keeps the verb before a firm\'s possessive: "A was shipping company B\'s rifles to K"', () => {
    expectRel(extractText('Orvel Trading was shipping company Halvern Group’s rifles to Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });

  it('reads an industry after a nationality as a sector: "its move against Laotian shipping since May, blacklisting A"', () => {
    const out = extractText('Vietnam made its largest move against Laotian shipping since May, blacklisting Halvern Group and two carriers.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('gives the list after a participle on the added to the verb of adding', () => {
    const text = 'The ministry added Halvern Group and three ships controlled by that firm to its list of banned firms.';
    const g = grammarOf(text);
    const add = readClauses(g, g.an.sentences[0]).find((c) => c.lemma === 'add');
    expect(textOf(g, add?.roles.to)).toBe('its list');
    expectRel(extractText('Laos acted on Monday. ' + text.replace('The ministry', 'Laos')), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('leaves a finite passive its own list: "..., while B was returned to the list"', () => {
    const g = grammarOf('Vietnam added Halvern Group to its blacklist in May, while Brask Logistics was returned to the list in June.');
    const cls = readClauses(g, g.an.sentences[0]);
    expect(textOf(g, cls.find((c) => c.lemma === 'add')?.roles.to)).toBe('its blacklist');
    expect(textOf(g, cls.find((c) => c.lemma === 'return')?.roles.to)).toBe('the list');
    const g2 = grammarOf('Vietnam added Halvern Group in May, while Brask Logistics was returned to the list in June.');
    expect(readClauses(g2, g2.an.sentences[0]).find((c) => c.lemma === 'add')?.roles.to).toBeUndefined();
  });

  it('leaves a participle of listing its own list: "including a jet owned by A, the second jet added to the list"', () => {
    const out = extractText('The bureau further flagged several jets that probably are breaching Laotian export rules, including a 900 Skyjet owned by ' +
      'Laotian tycoon Martin Varno, the second Varno-owned jet added to the list.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Skyjet');
  });

  it('takes initials written as a word in parentheses for the name\'s short form: "(Belc)"', () => {
    const out = extractText('The Bureau of Export Licensing and Control (Belc) added Halvern Group to its list. Belc also blacklisted Brask Logistics.');
    expect(entity(out, 'Belc')?.name).toBe(entity(out, 'Bureau of Export Licensing and Control')?.name);
    expectRel(out, 'SANCTIONED', 'Bureau of Export Licensing and Control', 'Brask Logistics');
  });
});
