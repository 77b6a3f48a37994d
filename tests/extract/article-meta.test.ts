import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticles as extract } from '../../server/extract/index.js';
import { cleanArticle } from '../../server/extract/clean.js';
import { articleMeta } from '../../server/extract/article-meta.js';

const seed = (name: string) => readFileSync(`seeds/${name}`, 'utf8');

describe('article metadata from its text', () => {
  it("takes seed 001's title from its headline, not from the funding notice above it", () => {
    const out = extract([{ id: '001_60cf72ebbd7fd8c0.txt', text: seed('001_60cf72ebbd7fd8c0.txt') }]);
    const a = out.articles[0];
    expect(a.title).toBe('China secretly sold military aid to Russia over $100 ml worth - Politico');
    expect(a.title).not.toMatch(/supported by|copyright|Euromaidan Press/i);
    // The copyright line names the outlet.
    expect(a.source).toBe('Euromaidanpress.com');
  });

  it('skips "top of page" and reads the dateline under the headline', () => {
    const m = articleMeta(cleanArticle(seed('003_9721aee89642c7ce.txt')));
    expect(m.title).toMatch(/^China is sending enough military gear/);
    expect(m.publishedAt).toBe('2023-07-26');
  });

  it('prefers a headline in title case to the lede printed above it', () => {
    expect(articleMeta(cleanArticle(seed('004_c747b80ea19909dd.txt'))).title).toBe('Chinese Experts Linked to Russian Drone Development Amid Sanctions');
  });

  it('passes over bylines, section navigation and mastheads', () => {
    const text = [
      'World | Europe | Business',
      'By Maria Petrova and Tom Hale',
      'U.S. DEPARTMENT OF THE TREASURY',
      'Frames reached the buyer through a broker in Almaty',
      'The broker shipped frames to the buyer in 2023, records show.',
    ].join('\n\n');
    expect(articleMeta(cleanArticle(text)).title).toBe('Frames reached the buyer through a broker in Almaty');
  });

  it('keeps what the caller gives', () => {
    const out = extract([{ id: 'x.txt', text: seed('001_60cf72ebbd7fd8c0.txt'), title: 'Given', source: 'Desk', publishedAt: '2024-01-02' }]);
    expect(out.articles[0]).toMatchObject({ title: 'Given', source: 'Desk', publishedAt: '2024-01-02' });
  });
});
