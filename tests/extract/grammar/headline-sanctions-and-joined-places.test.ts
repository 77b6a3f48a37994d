/**
 * A headline's verb of sanctions that the tagger reads as a noun ("Laos blacklists Vietnamese firms supplying G to K":
 * Laos sanctions; it supplies nothing), and countries' names joined before a noun for traders, which share it as
 * demonyms do ("Laos sanctioned Vietnam and Hong Kong firms": the firms, not Vietnam). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';
import { grammarOf, textOf } from './grammar-of.js';
import { readClauses, sentenceChunks } from '../../../server/extract/grammar/clauses.js';

describe('grammar: a headline verb of sanctions', () => {
  it('reads "A blacklists B\'s firms supplying G to K": the firms supply K, A supplies nothing', () => {
    const out = extractText('Laos blacklists Vietnamese firms supplying drone parts to Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads "A sanctions B" with a name for its object', () => {
    expect(expectRel(extractText('Laos sanctions Halvern Group'), 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:sanction/active');
  });

  it('keeps "sanctions" a noun before a noun: "Laos sanctions policy changed"', () => {
    const g = grammarOf('Laos sanctions policy changed in May.');
    expect(readClauses(g, g.an.sentences[0]).map((c) => c.lemma)).toEqual(['change']);
  });

  it('keeps "sanctions" a noun after a name that does not open the sentence: "Under the EU sanctions A lost ..."', () => {
    expect(extractText('Under the EU sanctions Halvern Group lost access to payments.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});

describe('chunks: countries named before a noun for traders', () => {
  it('joins "Vietnam and Hong Kong firms" into one phrase about firms', () => {
    const g = grammarOf('Laos sanctioned Vietnam and Hong Kong firms in May.');
    const s = g.an.sentences[0];
    expect(sentenceChunks(g, s).list.map((c) => textOf(g, c))).toContain('Vietnam and Hong Kong firms');
    expectNoRel(extractText('Laos sanctioned Vietnam and Hong Kong firms in May.'), 'SANCTIONED', 'Laos', 'Vietnam');
  });

  it('joins a longer list, "Vietnam, Laos and Hong Kong firms", the same way', () => {
    const text = 'Thailand adds Vietnam, Laos and Hong Kong firms to its blacklist';
    expect(chunksOf(text)).toContain('Vietnam, Laos and Hong Kong firms');
    expectNoRel(extractText(text), 'SANCTIONED', 'Thailand', 'Vietnam');
    expect(chunksOf('Laos sold drones to Vietnam, Thailand and Mongolian firms.')).toContain('Vietnam');
  });

  it('keeps a country apart from a counted group of firms after it: "Laos and two Vietnam firms"', () => {
    expectRel(extractText('Thailand sanctioned Laos and two Vietnam firms.'), 'SANCTIONED', 'Thailand', 'Laos');
    expectRel(extractText('Thailand sanctioned Laos, Mongolia and several Hong Kong firms.'), 'SANCTIONED', 'Thailand', 'Laos');
  });

  const chunksOf = (text: string) => {
    const g = grammarOf(text);
    return sentenceChunks(g, g.an.sentences[0]).list.map((c) => textOf(g, c));
  };

  it('keeps a place apart from firms a demonym describes: "to Vietnam and Mongolian firms"', () => {
    expect(chunksOf('Laos sold drones to Vietnam and Mongolian firms.')).toContain('Vietnam');
  });

  it('keeps a place apart from a noun for no traders: "to Vietnam and Mongolia ports"', () => {
    expect(chunksOf('Laos shipped drones to Vietnam and Mongolia ports.')).toContain('Vietnam');
  });

  it('keeps a place apart from a longer phrase: "to Vietnam and Mongolia state firms"', () => {
    expect(chunksOf('Laos sold drones to Vietnam and Mongolia state firms.')).toContain('Vietnam');
  });

  it('keeps two countries a list: "to Vietnam and Mongolia in May"', () => {
    const out = extractText('Laos sold drones to Vietnam and Mongolia in May.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia');
  });
});
