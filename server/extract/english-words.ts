/**
 * The English words of an-array-of-english-words (275,000, sorted), kept compactly: one string and the offsets of its
 * words (about 4 MB, against 34 MB as a Set), searched by halves. Loaded on first use.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = 'an-array-of-english-words';
let words: { text: string; starts: Int32Array } | undefined;

function load(): { text: string; starts: Int32Array } {
  const list = require(PACKAGE) as string[];
  const starts = new Int32Array(list.length + 1);
  let at = 0;
  list.forEach((w, i) => {
    starts[i] = at;
    at += w.length;
  });
  starts[list.length] = at;
  const text = list.join('');
  // The package's array is not needed again: let it be collected.
  delete require.cache[require.resolve(PACKAGE)];
  return { text, starts };
}

/** Whether `word` (lower case) is an English word. */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  const { text, starts } = words;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = text.slice(starts[mid], starts[mid + 1]);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
