/**
 * Saved views ("snapshots"): what the client sends, what is stored and what comes back. A snapshot is
 * self-contained: at save time the server fills each edge's citations (evidence quotes with their articles' titles,
 * sources and addresses) from the store, so the view reads the same after the graph has changed, and its HTML
 * rendering needs nothing else.
 */
import { randomBytes } from 'node:crypto';
import { InputError } from '../domain/errors.js';
import { nestsDeeperThan } from '../domain/json-depth.js';
import { articleMeta, cite } from '../export/source.js';
import type { Archive } from '../archive/archive.js';
import type { GraphStore } from '../store/graph-store.js';
import type { SavedView, Snapshot, ViewInput } from '../api/contract.js';

/** Largest request body for a view (bytes). */
export const SNAPSHOT_BODY_LIMIT = 8 * 1024 * 1024;
/** Largest stored snapshot, citations included (bytes of JSON). */
const SNAPSHOT_MAX_BYTES = 32 * 1024 * 1024;

/** An unguessable id: a snapshot link is shared, its id must not be enumerable. */
function newSnapshotId(): string {
  return randomBytes(12).toString('base64url');
}

/** Deepest nesting of a view's lists and maps (a view itself needs about six levels). */
const MAX_VIEW_DEPTH = 64;

/** Checks what a schema cannot (depth, edges between the view's nodes, unique ids). */
function checkView(view: ViewInput): void {
  // The free-form parts are written out with JSON.stringify, whose recursion a few thousand levels exhaust.
  if (nestsDeeperThan(view, MAX_VIEW_DEPTH)) throw new InputError('bad_view', `view: nested more than ${MAX_VIEW_DEPTH} deep`);
  const nodes = new Set<string>();
  for (const n of view.elements.nodes) {
    if (nodes.has(n.id)) throw new InputError('bad_view', `view: node "${n.id}" appears twice`);
    nodes.add(n.id);
  }
  const edges = new Set<string>();
  for (const e of view.elements.edges) {
    if (edges.has(e.id)) throw new InputError('bad_view', `view: edge "${e.id}" appears twice`);
    edges.add(e.id);
    for (const end of [e.source, e.target]) {
      if (!nodes.has(end)) throw new InputError('bad_view', `view: edge "${e.id}" names node "${end}", which is not in the view`);
    }
  }
}

/**
 * The view made self-contained: each edge gets its citations, props and source count from the store as they are
 * now (an edge the store does not know keeps what the client sent, with no citations).
 */
export async function freezeView(store: GraphStore, view: ViewInput, createdAt: string): Promise<SavedView> {
  checkView(view);
  const relations = new Map<string, Awaited<ReturnType<GraphStore['relationsWithEvidence']>>[number]>();
  const ids = view.elements.edges.map((e) => e.id);
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await store.relationsWithEvidence(ids.slice(i, i + 500))) relations.set(r.id, r);
  }
  const articleIds = [...new Set([...relations.values()].flatMap((r) => r.evidence.map((x) => x.article)))];
  const meta = new Map<string, ReturnType<typeof articleMeta>>();
  for (let i = 0; i < articleIds.length; i += 100) {
    for (const a of await store.articlesByIds(articleIds.slice(i, i + 100))) meta.set(a.id, articleMeta(a));
  }
  const edges = view.elements.edges.map((e) => {
    const r = relations.get(e.id);
    return {
      ...e,
      props: (r?.props ?? e.props ?? {}) as Record<string, unknown>,
      sources: r?.sources ?? e.sources ?? 0,
      evidence: r ? r.evidence.map((x) => cite(x, meta.get(x.article))) : [],
    };
  });
  return { ...view, createdAt, elements: { nodes: view.elements.nodes, edges } };
}

/** Saves a view and returns the stored snapshot; too large a snapshot is refused with 413. */
/** Saves a view: to the archive first (durably, when there is one), then to the store. */
export async function saveSnapshot(store: GraphStore, view: ViewInput, archive?: Archive | null): Promise<Snapshot> {
  const createdAt = new Date().toISOString();
  const saved = await freezeView(store, view, createdAt);
  const json = JSON.stringify(saved);
  if (Buffer.byteLength(json) > SNAPSHOT_MAX_BYTES) {
    throw new InputError('too_large', `the view with its citations is over ${SNAPSHOT_MAX_BYTES / 1024 / 1024} MiB; save a smaller view`, 413);
  }
  const id = newSnapshotId();
  await archive?.saveSnapshot({ id, createdAt, view: json });
  await store.saveSnapshot({ id, createdAt, view: json });
  return { id, createdAt, view: saved };
}

export async function loadSnapshot(store: GraphStore, id: string): Promise<Snapshot | null> {
  const s = await store.getSnapshot(id);
  return s ? { id: s.id, createdAt: s.createdAt, view: JSON.parse(s.view) as SavedView } : null;
}
