/**
 * Reads for exports and snapshots, shared by both adapters like explore.ts: each runs named statements through the
 * adapter's runner and returns API shapes, so both stores export alike.
 */
import type { Article, Entity } from '../domain/types.js';
import { assembleEdge, type Row } from './assemble.js';
import { nodesByIds, type Runner } from './explore.js';
import type { EvidencedEdge, GraphNode, MentionSpans, StoredSnapshot } from './graph-store.js';
import { fromEntityRow, type EntityRow } from '../domain/entity-row.js';
import { toArticle, type ArticleRow } from './merge.js';

export async function entityPage(run: Runner, after: string, limit: number): Promise<Entity[]> {
  return (await run('entity-page', { after, limit })).map((r) => fromEntityRow(r as unknown as EntityRow));
}

export async function sanctionedIds(run: Runner): Promise<string[]> {
  return (await run('all-sanctioned', {})).map((r) => String(r.id));
}

export async function entitiesByIds(run: Runner, ids: string[]): Promise<GraphNode[]> {
  return [...(await nodesByIds(run, [...new Set(ids)])).values()];
}

const evidenced = (r: Row) => assembleEdge(r, true) as EvidencedEdge;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function relationsFrom(run: Runner, ids: string[]): Promise<EvidencedEdge[]> {
  if (!ids.length) return [];
  return (await run('relations-from', { ids: [...new Set(ids)] })).map(evidenced).sort(byId);
}

export async function relationsFromRange(run: Runner, after: string, last: string): Promise<EvidencedEdge[]> {
  return (await run('relations-from-range', { after, last })).map(evidenced).sort(byId);
}

export async function relationsWithEvidence(run: Runner, ids: string[]): Promise<EvidencedEdge[]> {
  if (!ids.length) return [];
  return (await run('relations-by-ids', { ids: [...new Set(ids)] })).map(evidenced).sort(byId);
}

export async function articlePage(run: Runner, after: string, limit: number): Promise<Article[]> {
  return (await run('article-page', { after, limit })).map((r) => toArticle(r as unknown as ArticleRow));
}

export async function articlesByIds(run: Runner, ids: string[]): Promise<Article[]> {
  if (!ids.length) return [];
  return (await run('articles-by-ids', { ids: [...new Set(ids)] })).map((r) => toArticle(r as unknown as ArticleRow)).sort(byId);
}

export async function mentionsOf(run: Runner, articleIds: string[]): Promise<MentionSpans[]> {
  if (!articleIds.length) return [];
  return (await run('mentions-by-articles', { ids: [...new Set(articleIds)] }))
    .map((r) => ({ article: String(r.article), entity: String(r.entity), spans: JSON.parse(String(r.spans)) as [number, number][] }))
    .sort((a, b) => a.article.localeCompare(b.article) || a.entity.localeCompare(b.entity));
}

export async function getSnapshot(run: Runner, id: string): Promise<StoredSnapshot | null> {
  const [r] = await run('snapshot-by-id', { id });
  return r ? { id: String(r.id), createdAt: String(r.createdAt), view: String(r.view) } : null;
}
