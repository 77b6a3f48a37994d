/**
 * Text may stop anywhere: a pasted excerpt, a headline without a full stop, an article cut off by a paywall. Every
 * prefix and suffix (by words) of sentences that exercise the grammar's constructions is extracted, or refused with the
 * validator's clear error (a fragment with no words, or too short to tell its language), never with another
 * exception, and every relation still quotes its article exactly.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../server/domain/errors.js';
import { extractArticles, type ArticleInput } from '../../server/extract/index.js';

function extractOrRefuse(input: ArticleInput): ReturnType<typeof extractArticles> | null {
  try {
    return extractArticles([input]);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

const SENTENCES = [
  'Kelvaro LLC was added to the Commerce Department’s “Entity List” for supplying Zolvek LLC.',
  'Zolvek LLC exported drones to Russia, mainly destined for Tarsis LLC.',
  'Kelvaro LLC received 12 shipments of restricted technology from Zolvek LLC via Parnita LLP.',
  'Zolvek LLC shipped drones to Belarus through its authorized distributor, Kelvaro LLC, in 2023.',
  'Brixel Engineering was "listed for being owned or run by, or for having worked in the name of, directly or indirectly, Volmanta," the notice said.',
  'The Treasury announced sanctions against Ilya Brannock and two of his companies, Grenwick Optics GmbH and Pellan Valve LLC.',
  'Motors bought by Velmor Trade through a dealer in Poland, and Russia buys ball bearings produced in the US via Tarsis Kimya.',
  'The resin had been shipped by Hollin Tarsis. Its destination was Varno Fuse Plant (part of Tarsis Group).',
];

describe('extraction of cut-off text', () => {
  it('never throws on a prefix or a suffix of a sentence, and quotes its text exactly', () => {
    let runs = 0;
    for (const sentence of SENTENCES) {
      const words = sentence.split(' ');
      for (let i = 1; i <= words.length; i++) {
        for (const text of [words.slice(0, i).join(' '), words.slice(words.length - i).join(' ')]) {
          const out = extractOrRefuse({ id: 't.txt', text });
          runs++;
          if (!out) continue;
          for (const r of out.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        }
      }
    }
    expect(runs).toBeGreaterThan(200);
  });
});

describe('a paragraph cut off before its full stop', () => {
  it('reads a long one that is mostly firms\' names as prose, not as a headline in title case', () => {
    const text = 'The Treasury sanctioned several firms on Tuesday.\n\nThe Treasury further designated Laos-based Orvan Kestrel High Performance Fibre Co Ltd, Varno Tessaly Composite Co Ltd, Brask Orvanne Fibre Works Co Ltd and Halvern Premier Technology Co Ltd as owned by Halvern Group or as partners of those already listed by the departme';
    const out = extractArticles([{ id: 'cut.txt', text }]);
    const named = new Set(out.entities.map((e) => e.name));
    for (const n of ['Orvan Kestrel High Performance Fibre Co Ltd', 'Varno Tessaly Composite Co Ltd', 'Halvern Premier Technology Co Ltd']) expect(named.has(n)).toBe(true);
  });
});
