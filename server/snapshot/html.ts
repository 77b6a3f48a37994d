/**
 * A saved view as one self-contained HTML file: Cytoscape.js inlined from node_modules, the view's elements,
 * positions, styles and citations inlined as JSON, and a small script for pan, zoom and reading the sources of a
 * clicked node or edge. It needs no network (its Content-Security-Policy forbids any), so journalists can attach it,
 * open it from disk or embed it.
 *
 * Everything from the view reaches the page as data: JSON inside <script type="application/json"> with <, >, & and
 * line separators escaped, read with JSON.parse and written with textContent; the script itself is constant.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RELATIONS } from '../domain/relation-registry.js';
import type { Snapshot } from '../api/contract.js';
import { DIMMED_OPACITY, KIND_STYLES, PATH_COLOR, type KindStyle } from '../domain/kinds.js';

const require = createRequire(import.meta.url);
let cytoscapeSource: string | undefined;

/** The Cytoscape.js UMD build, read once; `</script` and `<!--` cannot end or confuse the inline script. */
function cytoscapeJs(): string {
  cytoscapeSource ??= readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
  return cytoscapeSource;
}

/** Entity kinds as the client draws them, for a file that stands alone. */
const KINDS: Record<string, KindStyle> = KIND_STYLES;

/** JSON that can sit inside a <script> element: nothing in it can close the element or start markup. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
export const SNAPSHOT_HTML_CSP = CSP;

const CSS = `
*{box-sizing:border-box}html,body{margin:0;height:100%;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;background:#fff}
body{display:flex;flex-direction:column}
header{padding:10px 16px;border-bottom:1px solid #dee2e6;display:flex;gap:16px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:17px;margin:0}header .meta{color:#868e96;font-size:12px}
main{flex:1;display:flex;min-height:0}
#graph{flex:1;min-width:0;position:relative}
aside{width:360px;max-width:45%;border-left:1px solid #dee2e6;overflow:auto;padding:12px 16px}
aside h2{font-size:15px;margin:0 0 4px}aside .sub{color:#495057;margin:0 0 10px}
aside .hint{color:#868e96}
blockquote{margin:10px 0 2px;padding:6px 10px;border-left:3px solid #adb5bd;background:#f8f9fa;white-space:pre-wrap}
.cite{font-size:12px;color:#495057;margin:0 0 8px 13px}.cite a{color:#1c7ed6;word-break:break-all}
.legend{display:flex;gap:10px;flex-wrap:wrap;font-size:12px;color:#495057}
.legend span::before{content:"";display:inline-block;width:14px;height:3px;margin-right:4px;vertical-align:middle;background:var(--c)}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}dt{color:#868e96}dd{margin:0}
`;

/** The page's script: constant code that reads the data element. */
const APP = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('snapshot-data').textContent);
  var view = data.snapshot.view;
  var kinds = data.kinds, relations = data.relations;
  var PATH = data.marks.path, DIMMED = data.marks.dimmed;
  var SAFE_STYLE = ['background-color', 'border-color', 'border-width', 'border-style', 'shape', 'width', 'height', 'color',
    'line-color', 'line-style', 'target-arrow-color', 'target-arrow-shape', 'source-arrow-shape', 'opacity', 'font-size',
    'text-opacity', 'z-index', 'curve-style', 'text-valign', 'text-halign'];
  var byId = {};
  view.elements.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function style(s) {
    var out = {};
    if (!s) return out;
    SAFE_STYLE.forEach(function (k) { if (Object.prototype.hasOwnProperty.call(s, k)) out[k] = s[k]; });
    return out;
  }
  var elements = [];
  view.elements.nodes.forEach(function (n) {
    var k = kinds[n.kind] || { color: '#adb5bd', shape: 'ellipse' };
    elements.push({ group: 'nodes', data: { id: n.id, name: n.name, color: k.color, shape: k.shape, sanctioned: !!n.sanctioned },
      position: { x: n.position.x, y: n.position.y }, classes: (n.sanctioned ? 'sanctioned ' : '') + (n.classes || '') });
  });
  view.elements.edges.forEach(function (e) {
    var r = relations[e.type] || { color: '#868e96', line: 'solid', directed: true, label: e.type };
    elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, color: r.color, line: r.line,
      arrow: r.directed ? 'triangle' : 'none', width: Math.min(1.5 + (e.sources || 1), 7) }, classes: e.classes || '' });
  });
  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    layout: { name: 'preset', fit: false },
    autoungrabify: true, boxSelectionEnabled: false, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', shape: 'data(shape)', label: 'data(name)', width: 28, height: 28,
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.sanctioned', style: { 'border-width': 4, 'border-color': '#e03131' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'line-style': 'data(line)',
        'target-arrow-shape': 'data(arrow)', 'target-arrow-color': 'data(color)', 'curve-style': 'bezier', 'arrow-scale': 1.1 } },
      { selector: ':selected', style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
      { selector: 'node.selected', style: { 'outline-width': 3, 'outline-color': '#1c7ed6', 'outline-offset': 3, 'font-weight': 700 } },
      { selector: 'node.on-path', style: { 'underlay-color': PATH, 'underlay-opacity': 0.45, 'underlay-padding': 7, 'underlay-shape': 'ellipse', 'font-weight': 700 } },
      { selector: 'edge.on-path', style: { 'underlay-color': PATH, 'underlay-opacity': 0.35, 'underlay-padding': 4, width: 'mapData(width, 1, 8, 3.5, 9)', 'z-index': 14 } },
      { selector: '.off-path', style: { opacity: DIMMED } },
    ],
  });
  cy.batch(function () {
    view.elements.nodes.forEach(function (n) { var s = style(n.style); if (Object.keys(s).length) cy.getElementById(n.id).style(s); });
    view.elements.edges.forEach(function (e) { var s = style(e.style); if (Object.keys(s).length) cy.getElementById(e.id).style(s); });
  });
  // The file opens in windows of any size: the whole view is fitted to it, never blown up past its drawn size.
  function fitAll() {
    cy.resize();
    cy.fit(cy.elements(), 30);
    if (cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(); }
  }
  fitAll();
  window.addEventListener('resize', fitAll);

  var panel = document.getElementById('panel');
  function clear() {
    panel.textContent = '';
    panel.appendChild(el('p', 'Click a node or an edge to read its sources. Drag to pan, scroll to zoom.', 'hint'));
    var legend = el('div', null, 'legend');
    var seen = {};
    view.elements.edges.forEach(function (e) {
      if (seen[e.type]) return; seen[e.type] = 1;
      var s = el('span', (relations[e.type] || {}).label || e.type);
      s.style.setProperty('--c', (relations[e.type] || {}).color || '#868e96');
      legend.appendChild(s);
    });
    panel.appendChild(legend);
  }
  function citation(c) {
    var box = document.createDocumentFragment();
    box.appendChild(el('blockquote', c.quote, 'quote'));
    var p = el('p', null, 'cite');
    p.appendChild(document.createTextNode('— ' + (c.title || c.article)));
    if (c.source) p.appendChild(document.createTextNode(', ' + c.source));
    if (c.publishedAt) p.appendChild(document.createTextNode(', ' + c.publishedAt));
    if (c.url && /^https?:\\/\\//i.test(c.url)) {
      p.appendChild(document.createTextNode(' '));
      var a = el('a', c.url); a.href = c.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      p.appendChild(a);
    }
    box.appendChild(p);
    return box;
  }
  function showEdge(e) {
    var r = relations[e.type] || { label: e.type };
    var s = byId[e.source] || { name: e.source }, t = byId[e.target] || { name: e.target };
    panel.textContent = '';
    panel.appendChild(el('h2', s.name + ' → ' + t.name));
    panel.appendChild(el('p', r.label + ' · ' + e.sources + (e.sources === 1 ? ' source' : ' sources'), 'sub'));
    var dl = el('dl');
    Object.keys(e.props || {}).forEach(function (k) {
      var v = e.props[k];
      dl.appendChild(el('dt', k));
      dl.appendChild(el('dd', Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : v));
    });
    if (dl.childNodes.length) panel.appendChild(dl);
    if (!e.evidence || !e.evidence.length) panel.appendChild(el('p', 'No quote was saved with this edge.', 'hint'));
    (e.evidence || []).forEach(function (c) { panel.appendChild(citation(c)); });
  }
  function showNode(n) {
    panel.textContent = '';
    panel.appendChild(el('h2', n.name));
    panel.appendChild(el('p', ((kinds[n.kind] || {}).label || n.kind) + (n.sanctioned ? ' · sanctioned' : ''), 'sub'));
    var dl = el('dl');
    if (n.country) { dl.appendChild(el('dt', 'country')); dl.appendChild(el('dd', n.country)); }
    if (n.aliases && n.aliases.length) { dl.appendChild(el('dt', 'also')); dl.appendChild(el('dd', n.aliases.join(', '))); }
    if (dl.childNodes.length) panel.appendChild(dl);
    view.elements.edges.forEach(function (e) {
      if (e.source !== n.id && e.target !== n.id) return;
      var other = byId[e.source === n.id ? e.target : e.source] || {};
      var b = el('p', (e.source === n.id ? '→ ' : '← ') + ((relations[e.type] || {}).label || e.type) + ' ' + (other.name || ''), 'sub');
      panel.appendChild(b);
      (e.evidence || []).forEach(function (c) { panel.appendChild(citation(c)); });
    });
  }
  var edgesById = {};
  view.elements.edges.forEach(function (e) { edgesById[e.id] = e; });
  cy.on('tap', 'edge', function (ev) { showEdge(edgesById[ev.target.id()]); });
  cy.on('tap', 'node', function (ev) { showNode(byId[ev.target.id()]); });
  cy.on('tap', function (ev) { if (ev.target === cy) clear(); });
  clear();
  window.snapshotCy = cy;
})();
`;

/** The HTML file of a snapshot. */
export function snapshotHtml(snapshot: Snapshot): string {
  const view = snapshot.view;
  const title = view.title?.trim() || 'Supply-chain graph snapshot';
  const relations = Object.fromEntries(RELATIONS.map((r) => [r.type, { label: r.label, color: r.style.color, line: r.style.line, directed: r.directed }]));
  const data = { snapshot, kinds: KINDS, relations, marks: { path: PATH_COLOR, dimmed: DIMMED_OPACITY } };
  const n = view.elements.nodes.length;
  const m = view.elements.edges.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="supply-graph snapshot ${escapeHtml(snapshot.id)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><span class="meta">Saved ${escapeHtml(snapshot.createdAt)} · ${n} entities, ${m} relations · read-only snapshot; quotes as stated by the cited articles</span></header>
<main><div id="graph" role="img" aria-label="${escapeHtml(title)}"></div><aside id="panel" aria-live="polite"></aside></main>
<script type="application/json" id="snapshot-data">${scriptJson(data)}</script>
<script>${cytoscapeJs()}</script>
<script>${APP}</script>
</body>
</html>
`;
}
