import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../server/extract/clean.js';
import { analyse } from '../../server/extract/sentences.js';

describe('sentences and tokens (wink-nlp)', () => {
  const an = analyse(cleanArticle('Chinese Experts Linked to Russian Drones\nDJI sold $12 million of parts to Russia in 2022. It said so.\n\n- AEE Models A140'));

  it('gives every token offsets into the cleaned text', () => {
    for (const t of an.tokens) expect(an.text.slice(t.start, t.end)).toBe(t.text);
    const sold = an.tokens.find((t) => t.text === 'sold')!;
    expect(sold.pos).toBe('VERB');
    expect(sold.lemma).toBe('sell');
  });

  it('ends a sentence at a legal form\'s abbreviation before a new name, not inside a firm\'s name or before its officers', () => {
    const split = (text: string) => {
      const a = analyse(cleanArticle(text));
      return a.sentences.map((x) => a.text.slice(x.start, x.end));
    };
    expect(split('Halvern Group sold bearings to Tessaly Optics Ltd. Tessaly Optics then resold them.')).toEqual([
      'Halvern Group sold bearings to Tessaly Optics Ltd.',
      'Tessaly Optics then resold them.',
    ]);
    expect(split('Tessaly Optics Co. Ltd. resold the bearings.')).toHaveLength(1);
    expect(split('Tessaly Optics Inc. CEO Bertrand Olskiy declined to comment.')).toHaveLength(1);
  });

  it('splits sentences at punctuation and never across a heading or list item', () => {
    const texts = an.sentences.map((s) => an.text.slice(s.start, s.end));
    expect(texts).toEqual([
      'Chinese Experts Linked to Russian Drones',
      'DJI sold $12 million of parts to Russia in 2022.',
      'It said so.',
      'AEE Models A140',
    ]);
    expect(an.sentences.map((s) => s.kind)).toEqual(['heading', 'text', 'text', 'item']);
    expect(an.sentences[0].titleCase).toBe(true);
  });

  it('ends no sentence at a legal form inside a name ("Pvt. Ltd.", "Sdn. Bhd. and"), but does after one', () => {
    const legal = analyse(cleanArticle('The EU sanctioned Aarav Dyes Pvt. Ltd. and Kelana Parts Sdn. Bhd. in May. It named Orla Tech Sdn. Bhd. The firm denied it.'));
    expect(legal.sentences.map((s) => legal.text.slice(s.start, s.end))).toEqual([
      'The EU sanctioned Aarav Dyes Pvt. Ltd. and Kelana Parts Sdn. Bhd. in May.',
      'It named Orla Tech Sdn. Bhd.',
      'The firm denied it.',
    ]);
    for (const t of legal.tokens) expect(legal.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends a sentence at an ellipsis before a capitalised word that opens one, not at one before a name', () => {
    const split = (text: string) => {
      const a = analyse(cleanArticle(text));
      return a.sentences.map((x) => a.text.slice(x.start, x.end));
    };
    expect(split('The rifles sell well in Laos\u2026 This means that the measures hurt buyers.')).toEqual([
      'The rifles sell well in Laos...',
      'This means that the measures hurt buyers.',
    ]);
    expect(split('The talks with ... Mongolia went on for a year.')).toHaveLength(1);
  });

  it('keeps wink entities for money and dates with token ranges', () => {
    const money = an.numerics.find((n) => n.type === 'MONEY')!;
    expect(an.tokens.slice(money.first, money.last).map((t) => t.text).join(' ')).toBe('$ 12 million');
    const year = an.numerics.find((n) => n.type === 'DATE')!;
    expect(an.tokens[year.first].text).toBe('2022');
    expect(an.tokens[year.first].num).toBe(an.numerics.indexOf(year));
  });
});

describe('tokens do not depend on what was read before', () => {
  it('splits a possessive off its word though wink once kept "Mongolia\'s" whole', () => {
    // (wink keeps a form it has met whole, "on behalf of Mongolia's.", whole in every later text of the process.)
    const first = analyse(cleanArticle('The shipments were made on behalf of Mongolia\'s. Then it stopped.'));
    expect(first.tokens.map((t) => t.text)).toEqual(['The', 'shipments', 'were', 'made', 'on', 'behalf', 'of', 'Mongolia', '\'s', '.', 'Then', 'it', 'stopped', '.']);
    const later = analyse(cleanArticle('The firm kept supporting Mongolia\'s missile program.'));
    const at = later.tokens.findIndex((t) => t.text === 'Mongolia');
    expect(later.tokens[at + 1]).toMatchObject({ text: '\'s', pos: 'PART', start: later.tokens[at].end });
    for (const t of later.tokens) expect(later.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a possessive split off at a sentence\'s end inside that sentence', () => {
    const an = analyse(cleanArticle('Inside Mongolia\'s\n\nThe firm shipped drones to Laos.'));
    expect(an.tokens.every((t) => t.sent >= 0)).toBe(true);
    expect(an.tokens.find((t) => t.text === '\'s')?.sent).toBe(0);
  });
});
