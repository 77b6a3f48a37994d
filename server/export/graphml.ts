/**
 * GraphML for Gephi, yEd and Cytoscape desktop: entities as nodes, relations as edges (undirected where the registry
 * says so), every value as a typed attribute; each edge carries its citations as readable text and as JSON.
 */
import { relationSpec } from '../domain/relation-registry.js';
import { xml } from './escape.js';
import { relationOrigin, type ExportInfo } from './formats.js';
import type { Citation } from '../api/contract.js';
import type { CitedEdge, ExportNode, ExportSource } from './source.js';

type Key = [id: string, forWhat: 'node' | 'edge' | 'graph', name: string, type: 'string' | 'int' | 'double' | 'boolean'];

const KEYS: Key[] = [
  ['label', 'node', 'label', 'string'], ['kind', 'node', 'kind', 'string'], ['aliases', 'node', 'aliases', 'string'],
  ['country', 'node', 'country', 'string'], ['notes', 'node', 'notes', 'string'], ['sanctioned', 'node', 'sanctioned', 'boolean'],
  ['elabel', 'edge', 'label', 'string'], ['type', 'edge', 'type', 'string'], ['sources', 'edge', 'sources', 'int'],
  ['goods', 'edge', 'goods', 'string'], ['valueUsd', 'edge', 'valueUsd', 'double'], ['quantity', 'edge', 'quantity', 'string'],
  ['period', 'edge', 'period', 'string'], ['when', 'edge', 'when', 'string'], ['program', 'edge', 'program', 'string'],
  ['props', 'edge', 'props', 'string'], ['citations', 'edge', 'citations', 'string'], ['evidence', 'edge', 'evidence', 'string'],
  ['origin', 'edge', 'origin', 'string'], ['corrections', 'graph', 'corrections', 'string'],
];

const data = (key: string, v: unknown) =>
  v === undefined || v === null || v === '' ? '' : `<data key="${key}">${xml(String(v))}</data>`;

/** A citation as a reader would write it: "Title" (Source, URL, date): “quote”. */
function citationText(c: Citation): string {
  const where = [c.source, c.url, c.publishedAt].filter(Boolean).join(', ');
  return `${c.title ? `"${c.title}"` : c.article}${where ? ` (${where})` : ''}: “${c.quote}”`;
}

function node(n: ExportNode): string {
  return `<node id="${xml(n.id)}">${data('label', n.name)}${data('kind', n.kind)}${data('aliases', n.aliases.join('; '))}` +
    `${data('country', n.country)}${data('notes', n.notes)}${data('sanctioned', n.sanctioned)}</node>\n`;
}

function edge(e: CitedEdge): string {
  const spec = relationSpec(e.type);
  const p = e.props;
  const num = typeof p.valueUsd === 'number' && Number.isFinite(p.valueUsd) ? p.valueUsd : undefined;
  return `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"${spec && !spec.directed ? ' directed="false"' : ''}>` +
    data('elabel', spec?.label ?? e.type) + data('type', e.type) + data('sources', e.sources) +
    data('goods', Array.isArray(p.goods) ? p.goods.join('; ') : undefined) + data('valueUsd', num) +
    data('quantity', p.quantity) + data('period', p.period) + data('when', p.when) + data('program', p.program) +
    data('props', JSON.stringify(p)) + data('citations', e.citations.map(citationText).join('\n')) +
    data('evidence', JSON.stringify(e.citations)) + data('origin', relationOrigin(p)) + '</edge>\n';
}

export async function* graphmlExport(src: ExportSource, info: ExportInfo): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    `<!-- Supply-chain graph explorer export of ${src.ids ? `a view (${src.ids.length} entities)` : 'the whole graph'}, ` +
    `${xml(info.exportedAt)}. Each edge's "citations" names the article, source and quote that state it; ` +
    '"evidence" holds the same as JSON, with character offsets into the article. -->\n' +
    KEYS.map(([id, f, name, type]) => `<key id="${id}" for="${f}" attr.name="${name}" attr.type="${type}"/>\n`).join('') +
    '<graph id="supply-graph" edgedefault="directed">\n' +
    // The correction log as JSON: what people changed in what the extractor found ("origin" on each edge says which relations are theirs).
    `<data key="corrections">${xml(JSON.stringify(info.corrections ?? []))}</data>\n`;
  for await (const page of src.entities()) yield page.map(node).join('');
  for await (const page of src.relations()) yield page.map(edge).join('');
  yield '</graph>\n</graphml>\n';
}
