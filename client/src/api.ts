/** The one module that talks to the server: typed wrappers over the JSON API, with errors made uniform. */
import type {
  AddedDocument,
  ArticleDetail,
  ArticleList,
  Citation,
  CorrectionEntry,
  CorrectionMade,
  CorrectionRequest,
  CypherAnswer,
  CypherExamples,
  DocumentMeta,
  EntityDetail,
  GraphData,
  GraphNode,
  Health,
  PathsAnswer,
  ReachAnswer,
  Snapshot,
  SnapshotSaved,
  StoreSchema,
  ViewEdge,
  ViewInput,
  ViewNode,
} from '../../server/api/contract.js';

// The client's names for the API's types are the contract's: every request and response body is typed by its schema.
export type * from '../../server/api/contract.js';

/** A node as a snapshot keeps it: the entity as drawn, with its position on the canvas and its classes. */
export type SnapshotNode = ViewNode;
/** An edge as a snapshot keeps it; the server adds its citations (`evidence`) when it saves the view. */
export type SnapshotEdge = ViewEdge & { evidence?: Citation[] };
/** What a snapshot keeps of a view: what POST /api/snapshots takes, and what GET gives back (with citations). */
export type SnapshotView = Omit<ViewInput, 'elements'> & { elements: { nodes: SnapshotNode[]; edges: SnapshotEdge[] } };
export type SavedSnapshot = SnapshotSaved;

export interface GraphQuery {
  kinds?: string[];
  types?: string[];
  minSources?: number;
  limit?: number;
}

/** What every failed call becomes: `network` when the server could not be reached, else the server's error code. */
export class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status = 0,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | undefined>;

function url(path: string, params: Params = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function getJson<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path, params), { headers: { accept: 'application/json' }, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('network', 'The server could not be reached.');
  }
  return readJson<T>(res);
}

/** Store kind and counts. */
export function getHealth(signal?: AbortSignal): Promise<Health> {
  return getJson<Health>('/api/health', undefined, signal);
}

/** The drawable graph, filtered and capped. */
export function getGraph(q: GraphQuery = {}, signal?: AbortSignal): Promise<GraphData> {
  return getJson<GraphData>(
    '/api/graph',
    { kinds: q.kinds?.join(','), types: q.types?.join(','), minSources: q.minSources, limit: q.limit },
    signal,
  );
}

/** Entities whose name or alias matches `q`, best first. */
export async function searchEntities(q: string, limit = 10, signal?: AbortSignal): Promise<GraphNode[]> {
  const body = await getJson<{ items: GraphNode[] }>('/api/entities', { q, limit }, signal);
  return body.items;
}

/** One entity with its relations, their evidence and the articles that mention it. */
export function getEntity(id: string, signal?: AbortSignal): Promise<EntityDetail> {
  return getJson<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`, undefined, signal);
}

/** One article's text with its entity mentions. */
export function getArticle(id: string, signal?: AbortSignal): Promise<ArticleDetail> {
  return getJson<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`, undefined, signal);
}

export interface PathQuery {
  /** Entity id, name or alias. */
  from: string;
  to: string;
  maxHops?: number;
  limit?: number;
  types?: string[];
  minSources?: number;
}

/** The shortest supply chains from a supplier to a buyer, ranked by hops then support, each hop with its evidence. */
export function findPaths(q: PathQuery, signal?: AbortSignal): Promise<PathsAnswer> {
  return getJson<PathsAnswer>(
    '/api/paths',
    { from: q.from, to: q.to, maxHops: q.maxHops, limit: q.limit, types: q.types?.join(','), minSources: q.minSources || undefined },
    signal,
  );
}

/** An entity's neighbourhood, capped at `limit` nodes (the entity included); `truncated` says when the cap cut it. */
export function getNeighbors(
  id: string,
  q: { depth?: number; types?: string[]; limit?: number } = {},
  signal?: AbortSignal,
): Promise<GraphData> {
  return getJson<GraphData>(
    `/api/entities/${encodeURIComponent(id)}/neighbors`,
    { depth: q.depth, types: q.types?.join(','), limit: q.limit },
    signal,
  );
}

/** Every entity that can reach `id` ('up') or that `id` can reach ('down') along flow relations, with hop counts. */
export function getReach(
  id: string,
  direction: 'up' | 'down',
  q: { maxHops?: number; types?: string[] } = {},
  signal?: AbortSignal,
): Promise<ReachAnswer> {
  return getJson(
    `/api/entities/${encodeURIComponent(id)}/${direction === 'up' ? 'upstream' : 'downstream'}`,
    { maxHops: q.maxHops, types: q.types?.join(',') },
    signal,
  );
}

/** True for the rejection an aborted request produces, which callers ignore. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

// ---------------------------------------------------------------------------------------------------------------
// Cypher console

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('network', 'The server could not be reached.');
  }
  return readJson<T>(res);
}

async function readJson<T>(res: Response): Promise<T> {
  const type = res.headers.get('content-type') ?? '';
  // A dev server or proxy without the API behind it answers with HTML; say so instead of failing to parse it.
  if (!type.includes('application/json')) {
    throw new ApiError(res.status === 404 ? 'not_found' : 'bad_response', `The server answered ${res.status} without JSON: is the API running?`, res.status);
  }
  const body: unknown = await res.json();
  if (!res.ok) {
    const e = (body ?? {}) as { error?: unknown; message?: unknown };
    throw new ApiError(
      typeof e.error === 'string' ? e.error : `http_${res.status}`,
      typeof e.message === 'string' ? e.message : `Request failed with status ${res.status}.`,
      res.status,
    );
  }
  return body as T;
}

/** Runs one read-only query; 400 (syntax, with the position in the message), 403 (a write) and 408 (time limit) become ApiErrors. */
export function runCypher(query: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<CypherAnswer> {
  return postJson<CypherAnswer>('/api/cypher', { query, params }, signal);
}

/** The labels, relationship types and property keys the console can query, with example values. */
export async function getSchema(signal?: AbortSignal): Promise<StoreSchema> {
  return getJson('/api/schema', undefined, signal);
}

/** The example questions written for the store's dialect. */
export async function getCypherExamples(signal?: AbortSignal): Promise<CypherExamples> {
  return getJson('/api/cypher/examples', undefined, signal);
}

// ---------------------------------------------------------------------------------------------------------------
// Exports

export type ExportFormat = 'json' | 'graphml' | 'csv' | 'cypher';

/** Longest GET URL built for an export; longer id lists go in a POST body (servers cap request lines near 8–16 kB). */
const MAX_EXPORT_URL = 6000;

/** The download link of an export of the whole graph, or of the given entities and the relations among them; null when the id list is too long for a link. */
export function exportHref(format: ExportFormat, ids?: readonly string[]): string | null {
  const href = url('/api/export', { format, ids: ids?.length ? ids.join(',') : undefined });
  return href.length <= MAX_EXPORT_URL ? href : null;
}

/** Saves a blob through a temporary link, as a click on a download link would. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Downloads an export of many entities, their ids sent in the body (POST /api/export). */
export async function downloadExport(format: ExportFormat, ids: readonly string[]): Promise<void> {
  let res: Response;
  try {
    res = await fetch('/api/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format, ids }),
    });
  } catch {
    throw new ApiError('network', 'The server could not be reached.');
  }
  if (!res.ok) await readJson(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `supply-graph-view.${format}`;
  saveBlob(await res.blob(), name);
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshots

/** Saves a view; the answer's `url` reopens it read-only. */
export function saveSnapshot(view: SnapshotView, signal?: AbortSignal): Promise<SavedSnapshot> {
  return postJson<SavedSnapshot>('/api/snapshots', { view }, signal);
}

/** A saved view as it was when saved, whatever the graph holds now. */
export function getSnapshot(id: string, signal?: AbortSignal): Promise<Snapshot> {
  return getJson<Snapshot>(`/api/snapshots/${encodeURIComponent(id)}`, undefined, signal);
}

/** The download link of a saved snapshot as one self-contained, interactive HTML file. */
export function snapshotHtmlHref(id: string): string {
  return `/api/snapshots/${encodeURIComponent(id)}/html?download=true`;
}

/** Downloads a view as a self-contained HTML file without saving it (POST /api/snapshots/html). */
export async function downloadViewHtml(view: SnapshotView): Promise<void> {
  let res: Response;
  try {
    res = await fetch('/api/snapshots/html', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ view }) });
  } catch {
    throw new ApiError('network', 'The server could not be reached.');
  }
  if (!res.ok) await readJson(res);
  saveBlob(await res.blob(), `supply-graph-view-${new Date().toISOString().slice(0, 10)}.html`);
}

// ---------------------------------------------------------------------------------------------------------------
// The workbench: documents in, the articles list, corrections. Writes carry the write token when the
// server asks for one; the token is asked once per tab (workbench/write-token.ts supplies it).

let writeTokenSource: (() => Promise<string | null>) | null = null;
let writeToken: string | null = null;

/** Where writes get the token from when the server answers 401 (the UI asks the person once). */
export function setWriteTokenSource(source: () => Promise<string | null>): void {
  writeTokenSource = source;
}

/** A write: sent with the token if one is known; on a 401 the token is asked for (once) and the write sent again. */
async function write<T>(path: string, init: { body: BodyInit; contentType: string }, signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(path, {
        method: 'POST', signal, body: init.body,
        headers: { accept: 'application/json', 'content-type': init.contentType, ...(writeToken ? { authorization: `Bearer ${writeToken}` } : {}) },
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new ApiError('network', 'The server could not be reached.');
    }
    if (res.status === 401 && attempt < 2 && writeTokenSource) {
      const body = (await res.clone().json().catch(() => ({}))) as { error?: string };
      if (body.error === 'unauthorized') {
        writeToken = await writeTokenSource();
        if (writeToken) continue;
      }
    }
    return readJson<T>(res);
  }
}

/** Articles with their counts; with `q`, those whose text or title contains it. */
export function findArticles(q: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal): Promise<ArticleList> {
  return getJson('/api/articles', { q: q.q, limit: q.limit, offset: q.offset }, signal);
}

/** Adds one file (.txt, .html, .pdf, .docx); its text is read on the server. */
export function addDocument(name: string, bytes: Blob, meta: DocumentMeta = {}, signal?: AbortSignal): Promise<AddedDocument> {
  return write(url('/api/documents', { name, ...meta }), { body: bytes, contentType: 'application/octet-stream' }, signal);
}

/** Adds pasted text as an article. */
export async function addText(text: string, meta: DocumentMeta = {}, signal?: AbortSignal): Promise<AddedDocument> {
  const name = meta.title || 'pasted text';
  return addDocument(`${name.replace(/[\\/]/g, ' ').slice(0, 200)}.txt`, new Blob([text], { type: 'text/plain' }), meta, signal);
}

/** Makes a correction; it is recorded before the answer comes. */
export function correct(req: CorrectionRequest, signal?: AbortSignal): Promise<CorrectionMade> {
  return write('/api/corrections', { body: JSON.stringify(req), contentType: 'application/json' }, signal);
}

/** The corrections about an entity, relation or article (all of them without `target`). */
export async function listCorrections(target?: string, signal?: AbortSignal): Promise<CorrectionEntry[]> {
  return (await getJson<{ items: CorrectionEntry[] }>('/api/corrections', { target }, signal)).items;
}
