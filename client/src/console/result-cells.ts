/** How console result values read in a table cell: nodes by name, relationships by type, paths as chains. */

interface NodeValue { _kind: 'node'; id: string; labels: string[]; properties: Record<string, unknown> }
interface RelValue { _kind: 'relationship'; id: string; type: string; properties: Record<string, unknown> }
interface PathValue { _kind: 'path'; nodes: NodeValue[]; relationships: RelValue[] }

function isKind<T>(v: unknown, kind: string): v is T {
  return !!v && typeof v === 'object' && (v as { _kind?: unknown })._kind === kind;
}

function nodeText(n: NodeValue): string {
  const p = n.properties;
  const name = typeof p.name === 'string' ? p.name : typeof p.title === 'string' ? p.title : typeof p.id === 'string' ? p.id : n.id;
  return `(${name}${n.labels.length ? `:${n.labels.join(':')}` : ''})`;
}

/** One-line text of a result value. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isKind<NodeValue>(v, 'node')) return nodeText(v);
  if (isKind<RelValue>(v, 'relationship')) {
    const s = v.properties.sources;
    return `[:${v.type}${typeof s === 'number' ? ` · ${s} source${s === 1 ? '' : 's'}` : ''}]`;
  }
  if (isKind<PathValue>(v, 'path')) {
    let out = v.nodes[0] ? nodeText(v.nodes[0]) : '()';
    v.relationships.forEach((r, i) => (out += `-[:${r.type}]->${v.nodes[i + 1] ? nodeText(v.nodes[i + 1]) : '()'}`));
    return out;
  }
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  return JSON.stringify(v);
}

/** The kind of a value, for styling its cell. */
export function cellKind(v: unknown): 'node' | 'relationship' | 'path' | 'null' | 'number' | 'text' {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return 'number';
  if (isKind(v, 'node')) return 'node';
  if (isKind(v, 'relationship')) return 'relationship';
  if (isKind(v, 'path')) return 'path';
  return 'text';
}

/** The result as CSV text (RFC 4180 quoting), cells as the table shows them. */
export function resultCsv(columns: string[], rows: unknown[][]): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map(q).join(','), ...rows.map((r) => r.map((c) => q(cellText(c))).join(','))].join('\r\n') + '\r\n';
}
