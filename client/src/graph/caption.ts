/** The one-line caption an exported image carries: what it shows, how many sources back it, and when it was made. */
import type { GraphData } from '../api.js';

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * "Chains: DJI → Russia · 5 entities, 6 relations · 3 source articles · 2026-12-02 05:40 UTC". The articles are
 * those the drawn relations cite when their evidence is at hand, else `articlesInGraph` (the overview shows it all).
 */
export function viewCaption(what: string, data: GraphData, articlesInGraph: number | null, at = new Date()): string {
  const cited = new Set<string>();
  let withEvidence = 0;
  for (const e of data.edges) {
    if (!e.evidence) continue;
    withEvidence++;
    for (const ev of e.evidence) cited.add(ev.article);
  }
  const articles = withEvidence === data.edges.length && data.edges.length > 0 ? cited.size : articlesInGraph;
  const parts = [what, `${plural(data.nodes.length, 'entity', 'entities')}, ${plural(data.edges.length, 'relation')}`];
  if (articles !== null) parts.push(plural(articles, 'source article'));
  parts.push(when(at));
  return parts.join(' · ');
}
