/**
 * The product's own form: `{format, version, exportedAt, scope, entities, relations, articles}` where entities,
 * relations (with their evidence) and articles (with their text) are the data model's own shapes, so an export
 * loads back through the same path as an extraction; each relation also carries its citations and its origin
 * (`extracted`, or `person` when added or confirmed by a correction), and `corrections` is the correction log.
 */
import type { Entity, Relation } from '../domain/types.js';
import type { CitedEdge, ExportNode, ExportSource } from './source.js';
import { relationOrigin, type ExportInfo } from './formats.js';

function entity(n: ExportNode): Entity {
  const e: Entity = { id: n.id, name: n.name, kind: n.kind, aliases: n.aliases };
  if (n.country) e.country = n.country;
  if (n.notes) e.notes = n.notes;
  return e;
}

function relation(e: CitedEdge): Relation & { origin: string; sources: number; citations: CitedEdge['citations'] } {
  return {
    id: e.id, type: e.type as Relation['type'], source: e.source, target: e.target, props: e.props, evidence: e.evidence,
    origin: relationOrigin(e.props), sources: e.sources, citations: e.citations,
  };
}

/** Streams one JSON document, one array element at a time. */
export async function* jsonExport(src: ExportSource, info: ExportInfo): AsyncGenerator<string> {
  yield `{"format":"supply-graph","version":1,"exportedAt":${JSON.stringify(info.exportedAt)},` +
    `"scope":${JSON.stringify(src.ids ? { ids: src.ids } : 'graph')},"store":${JSON.stringify(info.store)}`;
  const array = async function* <T>(name: string, pages: AsyncIterable<T[]>, map: (x: T) => unknown) {
    yield `,\n${JSON.stringify(name)}:[`;
    let first = true;
    for await (const page of pages) {
      let chunk = '';
      for (const x of page) {
        chunk += (first ? '\n' : ',\n') + JSON.stringify(map(x));
        first = false;
      }
      yield chunk;
    }
    yield '\n]';
  };
  yield* array('entities', src.entities(), entity);
  yield* array('relations', src.relations(), relation);
  yield* array('articles', src.articles(), (a) => a);
  // The whole log, also for a view: a correction may explain why something is absent from it.
  yield `,\n"corrections":${JSON.stringify(info.corrections ?? [])}`;
  yield '}\n';
}
