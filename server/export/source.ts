/**
 * What every export reads: the graph (or the subgraph on a set of entity ids) page by page from the store, so a
 * large graph streams through instead of sitting in memory. Relations come with their citations: each evidence
 * quote with the title, source and address of its article.
 */
import type { Citation } from '../api/contract.js';
import { optionalMeta, type Article, type ArticleMeta, type Entity, type Evidence } from '../domain/types.js';
import type { EvidencedEdge, GraphStore, MentionSpans } from '../store/graph-store.js';

/** An article as a citation names it (no text). */
export type CitedArticle = ArticleMeta & { id: string };

export type CitedEdge = EvidencedEdge & { citations: Citation[] };

/** An entity as exports write it: the data model's entity and whether it is under a sanction. */
export type ExportNode = Entity & { sanctioned: boolean };

/**
 * Entities per page. Whole-graph pages are keyset ranges of ids and their relations a range scan (on 100k entities
 * and 300k relations, large pages are several times faster than small ones); a view's pages are id lists.
 */
const PAGE_SIZE = 2000;
const VIEW_PAGE = 500;
const ARTICLE_PAGE = 200;

export function articleMeta(a: Article): CitedArticle {
  return { id: a.id, title: a.title, ...optionalMeta(a) };
}

/** One citation per evidence entry, with its article's metadata when the store knows the article. */
export function cite(ev: Evidence, meta: CitedArticle | undefined): Citation {
  return { article: ev.article, title: meta?.title ?? '', start: ev.start, end: ev.end, quote: ev.quote, ...optionalMeta(meta ?? {}) };
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * The content of one export. Each pass (entities, relations, articles, mentions) pages through the store afresh, so
 * a writer can run as many passes as its format needs; only ids and article metadata are kept between pages.
 */
export class ExportSource {
  /** Entity ids of a view export, sorted; undefined for the whole graph. */
  readonly ids?: string[];
  private readonly idSet?: Set<string>;
  private readonly meta = new Map<string, CitedArticle>();
  /** Articles cited by the relations of a view export, filled by a relations pass. */
  private cited?: Set<string>;

  constructor(private readonly store: GraphStore, ids?: string[], private readonly pageSize = PAGE_SIZE) {
    if (ids) {
      this.ids = [...new Set(ids)].sort();
      this.idSet = new Set(this.ids);
    }
  }

  /** Entities in id order, one page at a time, with the `after` bound of each page (keyset pagination). */
  private async *entityPages(): AsyncGenerator<{ after: string; nodes: ExportNode[] }> {
    if (this.ids) {
      for (const page of chunks(this.ids, Math.min(this.pageSize, VIEW_PAGE))) {
        const nodes = (await this.store.entitiesByIds(page)).map(({ degree, ...n }) => (void degree, n));
        if (nodes.length) yield { after: '', nodes };
      }
      return;
    }
    // Sanctioned entities are few: one set for the whole export.
    const sanctioned = new Set(await this.store.sanctionedIds());
    for (let after = ''; ;) {
      const page = await this.store.entityPage(after, this.pageSize);
      if (!page.length) return;
      yield { after, nodes: page.map((e) => ({ ...e, sanctioned: sanctioned.has(e.id) })) };
      if (page.length < this.pageSize) return;
      after = page[page.length - 1].id;
    }
  }

  /** Entities in id order, one page at a time. */
  async *entities(): AsyncGenerator<ExportNode[]> {
    for await (const { nodes } of this.entityPages()) yield nodes;
  }

  /** Relations (between exported entities) with evidence and citations, page by page of their source entities. */
  async *relations(): AsyncGenerator<CitedEdge[]> {
    const cited = new Set<string>();
    for await (const { after, nodes } of this.entityPages()) {
      const edges = this.idSet
        ? (await this.store.relationsFrom(nodes.map((n) => n.id))).filter((e) => this.idSet!.has(e.target))
        : await this.store.relationsFromRange(after, nodes[nodes.length - 1].id);
      if (!edges.length) continue;
      const unknown = [...new Set(edges.flatMap((e) => e.evidence.map((x) => x.article)))].filter((id) => !this.meta.has(id));
      for (const page of chunks(unknown, ARTICLE_PAGE)) {
        for (const a of await this.store.articlesByIds(page)) this.meta.set(a.id, articleMeta(a));
      }
      for (const e of edges) for (const x of e.evidence) cited.add(x.article);
      yield edges.map((e) => ({ ...e, citations: e.evidence.map((x) => cite(x, this.meta.get(x.article))) }));
    }
    this.cited = cited;
  }

  /** Articles with their text: every article for the whole graph, the cited ones for a view. */
  async *articles(): AsyncGenerator<Article[]> {
    if (this.ids) {
      // The cited articles are known once the relations have been read.
      if (!this.cited) for await (const page of this.relations()) void page;
      for (const page of chunks([...this.cited!].sort(), ARTICLE_PAGE)) {
        const arts = await this.store.articlesByIds(page);
        if (arts.length) yield arts;
      }
      return;
    }
    for (let after = ''; ;) {
      // Articles are long: smaller pages.
      const page = await this.store.articlePage(after, Math.min(this.pageSize, ARTICLE_PAGE));
      if (!page.length) return;
      yield page;
      if (page.length < Math.min(this.pageSize, ARTICLE_PAGE)) return;
      after = page[page.length - 1].id;
    }
  }

  /** Where the exported articles mention exported entities. */
  async *mentions(): AsyncGenerator<MentionSpans[]> {
    for await (const arts of this.articles()) {
      let ms = await this.store.mentionsOf(arts.map((a) => a.id));
      if (this.idSet) ms = ms.filter((m) => this.idSet!.has(m.entity));
      if (ms.length) yield ms;
    }
  }
}
