/**
 * Article texts of a given size in shapes that stress the extractor's worst cases: long runs of capitalised words,
 * deep brackets, text without sentence breaks, dense lists of names. Deterministic (seeded), for bench:extract.
 */
import { rng } from './trade-graph.js';

const SYL = ['tek', 'ron', 'vel', 'sha', 'lin', 'kor', 'mir', 'zen', 'dra', 'pol', 'ast', 'bei', 'nov', 'sib', 'tar', 'gal', 'hua', 'xin', 'yan', 'det'];
const WORDS = ['the', 'shipment', 'of', 'parts', 'was', 'sent', 'through', 'a', 'company', 'and', 'then', 'to', 'buyers', 'in', 'several', 'regions'];

export type Shape = (bytes: number) => string;

/** Repeats `piece(i)` until the text is `bytes` long (cut at the last whole piece). */
function fill(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export const SHAPES: Record<string, Shape> = {
  /** One run of capitalised words, no punctuation at all (the 21 s case at 300 KB). */
  'capitalised run': (bytes) => {
    const r = rng(1);
    return 'Drones shipped. ' + fill(bytes, () => `${cap(SYL[Math.floor(r() * SYL.length)] + SYL[Math.floor(r() * SYL.length)])} `);
  },
  /** English words, every one capitalised (a headline style run), no punctuation. */
  'title case run': (bytes) => {
    const r = rng(6);
    return fill(bytes, () => `${cap(WORDS[Math.floor(r() * WORDS.length)])} `);
  },
  /** Capitalised words in sentences of 40 words. */
  'capitalised sentences': (bytes) => {
    const r = rng(2);
    return fill(bytes, (i) => `${cap(SYL[Math.floor(r() * SYL.length)] + SYL[Math.floor(r() * SYL.length)])}${i % 40 === 39 ? '. ' : ' '}`);
  },
  /** Brackets nested thousands deep around words, then closed. */
  'deep brackets': (bytes) => {
    const half = Math.floor(bytes / 40);
    return `Acme Trading shipped drones to Russia. ${'(the parts of ['.repeat(half)}Beta${'] were sent) '.repeat(half)}`;
  },
  /** Lower-case words with no sentence break. */
  'no sentence breaks': (bytes) => {
    const r = rng(3);
    return 'Acme Trading shipped drones to Russia ' + fill(bytes, () => `${WORDS[Math.floor(r() * WORDS.length)]} `);
  },
  /** A comma-separated list of capitalised names in one sentence. */
  'list of names': (bytes) => {
    const r = rng(4);
    return 'The buyers were ' + fill(bytes, () => `${cap(SYL[Math.floor(r() * SYL.length)] + SYL[Math.floor(r() * SYL.length)])} Trading, `) + 'and Russia.';
  },
  /** Short supply sentences, each naming two new companies. */
  'dense relations': (bytes) => {
    const r = rng(5);
    const name = () => `${cap(SYL[Math.floor(r() * SYL.length)] + SYL[Math.floor(r() * SYL.length)] + SYL[Math.floor(r() * SYL.length)])} Trading`;
    return fill(bytes, () => `${name()} shipped drones to ${name()} in 2023. `);
  },
};
