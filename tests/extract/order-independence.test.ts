/**
 * An article's extraction does not depend on what the same process extracted before: the server's and the loader's
 * extraction workers live for thousands of articles. (A shared "no subject" answer that one rule filled in once
 * gave every later article's subjectless sentences that article's entity, and could crash on its token index.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../server/extract/index.js';

const extract = (text: string) => JSON.stringify(extractArticles([{ id: 'a.txt', text }]));

describe('extraction is independent of earlier articles', () => {
  it('gives an article the same reading alone and after one where "sanctions will also be imposed against those who ..."', () => {
    const later = 'In 2023, many drones reached Russia. The engines were later shipped to Iran.';
    const alone = extract(later);
    extract([
      'Kelvaro Trading and Varno Limited sold chips to Parvand.',
      'All these companies got sanctioned, so that their accounts are frozen and sanctions will also be imposed against those who trade with them.',
    ].join(' '));
    expect(extract(later)).toBe(alone);
  });

  it('gives every seed article the same reading in any order', () => {
    // (The product's own seed articles, in the repository.)
    const dir = 'seeds';
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    const forward = texts.map(extract);
    const backward = [...texts].reverse().map(extract).reverse();
    expect(backward).toEqual(forward);
  });
});
