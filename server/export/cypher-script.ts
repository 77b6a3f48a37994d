/**
 * A Cypher script that rebuilds the graph: one parameter-free statement per line, every value a literal. MERGE
 * makes it idempotent (running it twice, or into a database that holds part of the graph, adds only what is
 * missing). It uses the app's own model, so the app reads the rebuilt graph as if it had loaded the articles:
 * (:Entity {id, name, kind, aliases, keys, search, country, notes}), (:Article {id, title, source, url, publishedAt,
 * text}), one relationship type per registry relation with props and evidence as JSON text, and MENTIONS.
 */
import { isRelationType } from '../domain/relation-registry.js';
import { toEntityRow } from '../domain/entity-row.js';
import { cypherLiteral as lit } from './escape.js';
import type { ExportInfo } from './formats.js';
import type { CitedEdge, ExportNode, ExportSource } from './source.js';

function entity(n: ExportNode): string {
  const r = toEntityRow(n);
  return `MERGE (e:Entity {id: ${lit(r.id)}}) SET e.name = ${lit(r.name)}, e.kind = ${lit(r.kind)}, e.aliases = ${lit(r.aliases)}, ` +
    `e.keys = ${lit(r.keys)}, e.search = ${lit(r.search)}, e.country = ${lit(r.country)}, e.notes = ${lit(r.notes)};\n`;
}

function relation(e: CitedEdge): string {
  // A relationship type cannot be a literal either: only registry types are written, never data.
  if (!isRelationType(e.type)) throw new Error(`not a registry relation type: ${e.type}`);
  const articles = [...new Set(e.evidence.map((x) => x.article))].sort();
  return `MATCH (a:Entity {id: ${lit(e.source)}}), (b:Entity {id: ${lit(e.target)}}) ` +
    `MERGE (a)-[r:${e.type} {id: ${lit(e.id)}}]->(b) SET r.props = ${lit(JSON.stringify(e.props))}, ` +
    `r.evidence = ${lit(JSON.stringify(e.evidence))}, r.articles = ${lit(articles)}, r.sources = ${lit(e.sources)};\n`;
}

export async function* cypherExport(src: ExportSource, info: ExportInfo): AsyncGenerator<string> {
  yield [
    `// Supply-chain graph explorer: ${src.ids ? `a view of ${src.ids.length} entities` : 'the whole graph'}, exported ${info.exportedAt}.`,
    '// One statement per line, values as literals (no parameters); MERGE, so running it again changes nothing.',
    '// Neo4j 5: cypher-shell -u neo4j -p … -f this-file.cypher. On a large graph, create the constraints first (the app',
    '// creates them, and its indexes, when it starts against the database):',
    '//   CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;',
    '//   CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;',
    '// LadybugDB: its tables must exist first: start the app once on an empty data directory, then run each line.',
    '// Each relation carries its citations in r.evidence: [{article, start, end, quote}], article ids as in (:Article).',
    '',
  ].join('\n') + '\n';
  for await (const page of src.entities()) yield page.map(entity).join('');
  for await (const page of src.articles()) {
    yield page.map((a) => `MERGE (a:Article {id: ${lit(a.id)}}) SET a.title = ${lit(a.title)}, a.source = ${lit(a.source)}, ` +
      `a.url = ${lit(a.url)}, a.publishedAt = ${lit(a.publishedAt)}, a.text = ${lit(a.text)};\n`).join('');
  }
  for await (const page of src.relations()) yield page.map(relation).join('');
  for await (const page of src.mentions()) {
    yield page.map((m) => `MATCH (a:Article {id: ${lit(m.article)}}), (e:Entity {id: ${lit(m.entity)}}) ` +
      `MERGE (a)-[m:MENTIONS]->(e) SET m.spans = ${lit(JSON.stringify(m.spans))};\n`).join('');
  }
}
