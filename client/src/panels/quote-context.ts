/** A quote placed back in its article: the sentence before and after it, cut at sentence or word boundaries. */

export interface QuoteInText {
  before: string;
  quote: string;
  after: string;
  /** Whether text was cut off before `before` / after `after` (shown as an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

const SENTENCE_END = /[.!?][”"’')\]]*\s+/g;
const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Up to about `max` characters of context on each side of `text.slice(start, end)`, line breaks flattened (scraped
 * articles break lines mid-sentence). Before the quote it starts at a sentence start when one is in reach, else at a word; after it, it ends at the next
 * sentence end, else at a word. Null when the span is out of range.
 */
export function quoteContext(text: string, start: number, end: number, max = 180): QuoteInText | null {
  if (!(start >= 0 && end <= text.length && start < end)) return null;
  let b0 = Math.max(0, start - max);
  let clippedBefore = b0 > 0;
  const head = text.slice(b0, start);
  let lead = head;
  if (clippedBefore) {
    // Start at the first sentence that begins inside the window, else at the first whole word.
    SENTENCE_END.lastIndex = 0;
    const m = SENTENCE_END.exec(head);
    if (m && head.length - (m.index + m[0].length) >= 20) {
      lead = head.slice(m.index + m[0].length);
      clippedBefore = false;
    } else {
      const sp = head.indexOf(' ');
      lead = sp >= 0 ? head.slice(sp + 1) : '';
    }
  }
  b0 = start - lead.length;

  let tail = text.slice(end, Math.min(text.length, end + max));
  let clippedAfter = end + max < text.length;
  // The sentence that follows the quote, whole if it fits.
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cut = -1;
  while ((m = SENTENCE_END.exec(tail))) {
    const stop = m.index + m[0].trimEnd().length;
    if (stop > 1 && tail.slice(0, stop).trim().length > 0) {
      cut = stop;
      break;
    }
  }
  if (cut >= 0) {
    tail = tail.slice(0, cut);
    clippedAfter = false;
  } else if (clippedAfter) {
    const sp = tail.lastIndexOf(' ');
    tail = sp > 0 ? tail.slice(0, sp) : '';
  }
  return {
    before: flat(text.slice(b0, start)).trimStart(),
    quote: flat(text.slice(start, end)),
    after: flat(tail).trimEnd(),
    clippedBefore,
    clippedAfter,
  };
}
