/**
 * What is sent to the model, piece by piece: a long article split at sentence boundaries into pieces of at most
 * `maxChars` that share about `overlapChars` with the piece before (so a relation stated across the cut is seen
 * whole at least once), or, in hybrid mode, chosen sentences grouped into pieces.
 */

export interface Span {
  start: number;
  end: number;
}

/** One request's text and the part of the article it comes from (where its quotes are looked for first). */
export interface Piece {
  text: string;
  form: 'text' | 'sentences';
  hint: Span;
}

/** Splits `text` (whose sentences are `sentences`, in order) into overlapping pieces. */
export function chunkText(text: string, sentences: Span[], maxChars: number, overlapChars: number): Piece[] {
  if (text.length <= maxChars || !sentences.length) return [{ text, form: 'text', hint: { start: 0, end: text.length } }];
  const pieces: Piece[] = [];
  let first = 0;
  while (first < sentences.length) {
    const start = first === 0 ? 0 : sentences[first].start;
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].end - start <= maxChars) last++;
    const end = last + 1 === sentences.length ? text.length : sentences[last].end;
    // A sentence longer than a piece is cut; its quotes are still located in the whole text.
    for (let s = start; s < end; s += maxChars) {
      const e = Math.min(end, s + maxChars);
      pieces.push({ text: text.slice(s, e), form: 'text', hint: { start: s, end: e } });
    }
    if (last + 1 >= sentences.length) break;
    // Step back over whole sentences until the overlap is covered, always moving forward.
    let next = last + 1;
    while (next - 1 > first && sentences[last].end - sentences[next - 1].start <= overlapChars) next--;
    first = next;
  }
  return pieces;
}

/** Groups chosen sentences (spans of `text`, in order) into pieces of at most `maxChars`, one sentence a line. */
export function groupSentences(text: string, chosen: Span[], maxChars: number): Piece[] {
  const pieces: Piece[] = [];
  let lines: string[] = [];
  let hint: Span | null = null;
  let size = 0;
  const flush = () => {
    if (lines.length && hint) pieces.push({ text: lines.join('\n'), form: 'sentences', hint });
    lines = [];
    hint = null;
    size = 0;
  };
  for (const s of chosen) {
    const line = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (size && size + line.length + 1 > maxChars) flush();
    lines.push(line);
    size += line.length + 1;
    hint = hint ? { start: hint.start, end: s.end } : { start: s.start, end: s.end };
  }
  flush();
  return pieces;
}
