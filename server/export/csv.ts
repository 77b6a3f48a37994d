/**
 * CSV, zipped: nodes.csv, edges.csv, evidence.csv (one row per quote: the citation of each relation), articles.csv
 * and a README. The zip is written as the rows stream in (fflate, deflate per entry), one pass over the store per file.
 */
import { Zip, ZipDeflate } from 'fflate';
import { relationSpec } from '../domain/relation-registry.js';
import { csvRow } from './escape.js';
import type { ExportInfo } from './formats.js';
import type { ExportSource } from './source.js';

/** A UTF-8 byte-order mark, so spreadsheets open the files as UTF-8. */
const BOM = '\uFEFF';

const README = (info: ExportInfo, view: boolean) => `Supply-chain graph explorer export of ${view ? 'a view' : 'the whole graph'}, ${info.exportedAt}.

nodes.csv     one row per entity.
edges.csv     one row per relation: source and target are node ids; sources is the number of distinct articles that
              state it; citations lists them as "Title" (source, URL, date): "quote".
evidence.csv  one row per quote backing a relation (its citation): the article, its source and address, and the exact
              quote with its character offsets in the article.
articles.csv  the articles cited (or, for the whole graph, all articles).

Text that a spreadsheet could take for a formula starts with an apostrophe.
`;

async function* files(src: ExportSource, info: ExportInfo): AsyncGenerator<[name: string, rows: AsyncGenerator<string>]> {
  yield ['README.txt', (async function* () { yield README(info, !!src.ids); })()];
  yield ['nodes.csv', (async function* () {
    yield BOM + csvRow(['id', 'name', 'kind', 'aliases', 'country', 'notes', 'sanctioned']);
    for await (const page of src.entities()) {
      yield page.map((n) => csvRow([n.id, n.name, n.kind, n.aliases.join('; '), n.country, n.notes, n.sanctioned])).join('');
    }
  })()];
  yield ['edges.csv', (async function* () {
    yield BOM + csvRow(['id', 'source', 'target', 'type', 'label', 'sources', 'goods', 'valueUsd', 'quantity', 'period', 'when',
      'program', 'props', 'citations']);
    for await (const page of src.relations()) {
      yield page.map((e) => {
        const p = e.props;
        return csvRow([e.id, e.source, e.target, e.type, relationSpec(e.type)?.label ?? e.type, e.sources,
          Array.isArray(p.goods) ? p.goods.join('; ') : '', typeof p.valueUsd === 'number' ? p.valueUsd : '', p.quantity, p.period,
          p.when, p.program, JSON.stringify(p),
          e.citations.map((c) => `"${c.title || c.article}" (${[c.source, c.url, c.publishedAt].filter(Boolean).join(', ')}): "${c.quote}"`).join('\n')]);
      }).join('');
    }
  })()];
  yield ['evidence.csv', (async function* () {
    yield BOM + csvRow(['relation', 'source', 'target', 'type', 'article', 'title', 'publisher', 'url', 'publishedAt', 'start', 'end', 'quote']);
    for await (const page of src.relations()) {
      yield page.flatMap((e) => e.citations.map((c) => csvRow([e.id, e.source, e.target, e.type, c.article, c.title, c.source, c.url,
        c.publishedAt, c.start, c.end, c.quote]))).join('');
    }
  })()];
  yield ['articles.csv', (async function* () {
    yield BOM + csvRow(['id', 'title', 'source', 'url', 'publishedAt', 'length']);
    for await (const page of src.articles()) {
      yield page.map((a) => csvRow([a.id, a.title, a.source, a.url, a.publishedAt, a.text.length])).join('');
    }
  })()];
}

/** The zip archive as byte chunks, produced as the files' rows are read. */
export async function* csvZipExport(src: ExportSource, info: ExportInfo): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else out.push(chunk);
  });
  const enc = new TextEncoder();
  const mtime = new Date(info.exportedAt);
  const drain = function* () {
    if (failed) throw failed;
    while (out.length) yield out.shift()!;
  };
  for await (const [name, rows] of files(src, info)) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    for await (const text of rows) {
      entry.push(enc.encode(text));
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
