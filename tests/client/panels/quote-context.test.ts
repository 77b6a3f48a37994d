/** Quotes placed back in their article, and articles cut into runs of text and mentions. */
import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../client/src/panels/quote-context.js';
import { articleSegments } from '../../../client/src/panels/article-segments.js';

const text =
  'Alpha Corp opened a plant in 2019 and hired many. It later sold drones to Beta Ltd through a broker in ' +
  'Gamma. The deal was worth a great deal of money.\n\nOfficials declined to comment on the matter at all.';

describe('quoteContext', () => {
  it('shows the sentence before and after the quote, whole when they fit', () => {
    const q = 'It later sold drones to Beta Ltd through a broker in Gamma.';
    const start = text.indexOf(q);
    const c = quoteContext(text, start, start + q.length, 200)!;
    expect(c.quote).toBe(q);
    expect(c.before).toBe('Alpha Corp opened a plant in 2019 and hired many. ');
    expect(c.after).toBe(' The deal was worth a great deal of money.');
    expect(c.clippedBefore).toBe(false);
    expect(c.clippedAfter).toBe(false);
  });

  it('cuts at a sentence start or a word when the window is short, and says it cut', () => {
    const q = 'The deal was worth a great deal of money.';
    const start = text.indexOf(q);
    const c = quoteContext(text, start, start + q.length, 60)!;
    expect(c.clippedBefore).toBe(true);
    expect(text.slice(0, start).replace(/\s+/g, ' ').endsWith(c.before)).toBe(true);
    expect(c.before.startsWith(' ')).toBe(false);
    // No split word at the cut.
    expect(/^\w/.test(c.before) && text.includes(' ' + c.before.split(' ')[0])).toBe(true);
    // Line breaks are flattened; the next sentence follows.
    expect(c.after).toBe(' Officials declined to comment on the matter at all.');
  });

  it('is null for a span outside the text', () => {
    expect(quoteContext(text, 5, 5)).toBeNull();
    expect(quoteContext(text, -1, 3)).toBeNull();
    expect(quoteContext(text, 0, text.length + 1)).toBeNull();
  });
});

describe('articleSegments', () => {
  const mentions = [
    { entity: 'beta', name: 'Beta Ltd', kind: 'company', start: text.indexOf('Beta Ltd'), end: text.indexOf('Beta Ltd') + 8 },
    { entity: 'alpha', name: 'Alpha Corp', kind: 'company', start: 0, end: 10 },
    // Overlaps Alpha Corp: dropped.
    { entity: 'corp', name: 'Corp', kind: 'company', start: 6, end: 10 },
    { entity: 'bad', name: 'x', kind: 'company', start: 400, end: 410 },
  ];

  it('covers the text exactly, once each, with mentions and the quoted span marked', () => {
    const q = 'It later sold drones to Beta Ltd';
    const span = { start: text.indexOf(q), end: text.indexOf(q) + q.length };
    const segs = articleSegments(text, mentions, span);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
    expect(segs.filter((s) => s.mention).map((s) => [s.mention!.entity, s.text])).toEqual([
      ['alpha', 'Alpha Corp'],
      ['beta', 'Beta Ltd'],
    ]);
    expect(segs.filter((s) => s.inSpan).map((s) => s.text).join('')).toBe(q);
  });

  it('works without mentions or span', () => {
    expect(articleSegments('plain', [], null)).toEqual([{ start: 0, end: 5, text: 'plain', mention: undefined, inSpan: false }]);
  });
});
