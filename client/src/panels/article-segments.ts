/** Cuts an article's text into runs for display: plain text, entity mentions, and the part inside a quoted span. */

export interface MentionSpan {
  entity: string;
  name: string;
  kind: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The mention this run belongs to (one mention may be split in two by the quote's edge). */
  mention?: MentionSpan;
  /** Inside the emphasised span (the evidence quote the view was opened at). */
  inSpan: boolean;
}

/**
 * Consecutive runs covering the whole text. Mentions out of range are ignored; of overlapping mentions the one that
 * starts first (then the longer) wins, so every character belongs to at most one mention.
 */
export function articleSegments(text: string, mentions: readonly MentionSpan[], span?: { start: number; end: number } | null): Segment[] {
  const valid = mentions
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionSpan[] = [];
  for (const m of valid) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);

  const s = span && span.start >= 0 && span.end <= text.length && span.start < span.end ? span : null;
  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (s) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);

  const out: Segment[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (mi < kept.length && kept[mi].end <= start) mi++;
    const m = mi < kept.length && kept[mi].start <= start && end <= kept[mi].end ? kept[mi] : undefined;
    out.push({ start, end, text: text.slice(start, end), mention: m, inSpan: !!s && start >= s.start && end <= s.end });
  }
  return out;
}
