/**
 * A party kept from trade by a body ("B banned A from technology transfers", "A has been barred by B from exports"); a
 * modifier set in quotes inside a phrase ('from “dual-use” technology transfers'), which the phrase keeps; and a stake
 * changed in size but still held ("A cut its stake in B to 77%"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';
import { grammarOf, textOf } from './grammar-of.js';
import { sentenceChunks } from '../../../server/extract/grammar/clauses.js';

describe('grammar: a party banned from trade', () => {
  it('reads "B banned A from technology transfers" and "A has been barred by B from exports"', () => {
    expect(expectRel(extractText('Laos banned Halvern Group from technology transfers.'), 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:ban-from-trade/active');
    expect(expectRel(extractText('Halvern Group has been barred by Laos from exports of drones.'), 'SANCTIONED', 'Laos', 'Halvern Group').rule).toBe('frame:ban-from-trade/passive');
  });

  it('reads no measure where the party is kept from no trade', () => {
    for (const text of ['Laos banned Halvern Group from the trade fair.', 'Laos banned exports from Vietnam.', 'Martin Varno was barred by Laos from the meeting.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SANCTIONED'), text).toEqual([]);
    }
  });
});

describe('chunks: a quoted modifier inside a phrase', () => {
  const chunksOf = (text: string) => {
    const g = grammarOf(text);
    return sentenceChunks(g, g.an.sentences[0]).list.map((c) => textOf(g, c));
  };

  it('keeps "“dual-use” technology transfers" one phrase, and the ban on the firm read through it', () => {
    expect(chunksOf('Laos banned Halvern Group from “dual-use” technology transfers.')).toContain('"dual-use" technology transfers');
    expectRel(extractText('Laos banned Halvern Group from “dual-use” technology transfers.'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('ends the phrase at quotes around a name, or around words before no noun', () => {
    expect(chunksOf('Laos named the firm “Halvern” in May.').some((c) => c.includes('"'))).toBe(false);
    expect(chunksOf('Laos called the deal “very risky” for Vietnam.').some((c) => c.includes('"'))).toBe(false);
  });
});

describe('grammar: a stake changed in size, still held', () => {
  it('reads "A cut its stake in B to 77%" and "A raised its stake in B to 30%" as A holding part of B', () => {
    expect(expectRel(extractText('Halvern Group cut its stake in Brask Logistics to 77%.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group').rule).toBe('frame:stake-change/active');
    expectRel(extractText('Halvern Group raised its stake in Brask Logistics to 30%.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group');
  });

  it('reads no holding in a stake cut to zero, nor in a share of a market', () => {
    for (const text of ['Halvern Group reduced its stake in Brask Logistics to zero.', 'Halvern Group cut its share in Laotian exports.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SUBSIDIARY_OF'), text).toEqual([]);
    }
  });
});

describe('review: quotes and stakes the passes above must read rightly', () => {
  it('keeps two quoted modifiers each in its phrase: "from “dual-use” transfers and “smart” chip exports"', () => {
    const text = 'Laos banned Halvern Group from “dual-use” technology transfers and “smart” chip exports.';
    expectRel(extractText(text), 'SANCTIONED', 'Laos', 'Halvern Group');
    const g = grammarOf(text);
    expect(sentenceChunks(g, g.an.sentences[0]).list.map((c) => textOf(g, c)).some((c) => c.includes('"smart" chip exports'))).toBe(true);
  });

  it('reads no holding in a stake cut "to nothing" or "entirely"', () => {
    for (const text of ['Halvern Group reduced its stake in Brask Logistics to nothing last year.', 'Halvern Group cut its stake in Brask Logistics entirely.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SUBSIDIARY_OF'), text).toEqual([]);
    }
  });
});

