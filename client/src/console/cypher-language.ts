/**
 * Cypher for CodeMirror 6, from @neo4j-cypher/language-support (the parser Neo4j's own tools use): token colours,
 * completion of keywords, functions, the graph's labels, relation types, properties and parameters, and lint.
 *
 * The parser speaks Neo4j 5 Cypher. On the embedded store (LadybugDB's dialect differs in places, e.g. `label(r)`,
 * `* TRAIL 1..6`) its findings are shown as warnings: the engine's own parser has the last word, and its error
 * comes back from the server with a position (see error-position.ts).
 */
import { autocomplete as cypherComplete, highlightSyntax, lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { linter, type Diagnostic } from '@codemirror/lint';
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { RELATION_TYPES } from '../../../server/domain/relations.js';
import type { StoreSchema } from '../../../server/store/graph-store.js';

/** What the console knows of the graph's schema, for completion and lint. */
export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  parameters: Record<string, unknown>;
}

/**
 * What completion and lint know: the store's own schema (GET /api/schema, with Neo4j's kind labels) once read, before
 * that the schema both stores share (cypher/<dialect>/schema-*.cypher), relation types from the registry.
 */
export function graphSchema(parameters: Record<string, unknown> = {}, stored?: Pick<StoreSchema, 'labels' | 'relationshipTypes' | 'propertyKeys'> | null): ConsoleSchema {
  if (stored) {
    return {
      labels: stored.labels.map((l) => l.name), relationshipTypes: stored.relationshipTypes.map((t) => t.name),
      propertyKeys: stored.propertyKeys, parameters,
    };
  }
  return {
    labels: ['Entity', 'Article'],
    relationshipTypes: [...RELATION_TYPES, 'MENTIONS'],
    propertyKeys: ['id', 'name', 'kind', 'aliases', 'country', 'notes', 'props', 'evidence', 'articles', 'sources', 'title', 'source', 'url', 'publishedAt', 'text', 'spans'],
    parameters,
  };
}

function dbSchema(s: ConsoleSchema): DbSchema {
  return { labels: s.labels, relationshipTypes: s.relationshipTypes, propertyKeys: s.propertyKeys, parameters: s.parameters };
}

// --- Highlighting -------------------------------------------------------------------------------------------------

const marks = new Map<string, Decoration>();
function mark(type: string): Decoration {
  let m = marks.get(type);
  if (!m) marks.set(type, (m = Decoration.mark({ class: `cm-cypher-${type}` })));
  return m;
}

function decorate(doc: string): DecorationSet {
  const b = new RangeSetBuilder<Decoration>();
  let last = -1;
  let tokens: ReturnType<typeof highlightSyntax> = [];
  try {
    tokens = highlightSyntax(doc);
  } catch {
    return Decoration.none;
  }
  tokens.sort((a, b2) => a.position.startOffset - b2.position.startOffset);
  for (const t of tokens) {
    const from = t.position.startOffset;
    const to = from + t.length;
    if (from < last || to > doc.length || to <= from || t.tokenType === 'none') continue;
    b.add(from, to, mark(t.tokenType));
    last = to;
  }
  return b.finish();
}

const highlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view.state.doc.toString());
    }
    update(u: ViewUpdate) {
      if (u.docChanged) this.decorations = decorate(u.state.doc.toString());
    }
  },
  { decorations: (v) => v.decorations },
);

const theme = EditorView.baseTheme({
  '.cm-cypher-keyword, .cm-cypher-keywordLiteral, .cm-cypher-predicateFunction': { color: '#1c7ed6', fontWeight: '600' },
  '.cm-cypher-label': { color: '#c2255c' },
  '.cm-cypher-function, .cm-cypher-procedure, .cm-cypher-namespace': { color: '#7048e8' },
  '.cm-cypher-variable': { color: '#0b7285' },
  '.cm-cypher-paramDollar, .cm-cypher-paramValue': { color: '#e8590c' },
  '.cm-cypher-property': { color: '#5c940d' },
  '.cm-cypher-stringLiteral': { color: '#2b8a3e' },
  '.cm-cypher-numberLiteral, .cm-cypher-booleanLiteral': { color: '#d9480f' },
  '.cm-cypher-comment': { color: '#868e96', fontStyle: 'italic' },
  '.cm-cypher-operator, .cm-cypher-bracket, .cm-cypher-separator, .cm-cypher-punctuation': { color: '#495057' },
});

// --- Completion ---------------------------------------------------------------------------------------------------

/** LSP completion kinds (vscode-languageserver-types) as CodeMirror completion types. */
const KIND: Record<number, string> = { 3: 'function', 2: 'method', 6: 'variable', 10: 'property', 14: 'keyword', 12: 'constant', 23: 'type', 25: 'type', 9: 'namespace' };

function completionSource(schema: () => ConsoleSchema) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const word = ctx.matchBefore(/[A-Za-z_$][\w$]*/);
    const before = ctx.state.sliceDoc(Math.max(0, ctx.pos - 1), ctx.pos);
    // Open the list after a word, after ":" (labels, types), "." (properties) and "$" (parameters), or on request.
    if (!ctx.explicit && !word && !/[:.$]/.test(before)) return null;
    const from = word ? (word.text.startsWith('$') ? word.from + 1 : word.from) : ctx.pos;
    // The parser completes from the statement so far; what follows the caret does not change the candidates.
    const query = ctx.state.sliceDoc(0, from);
    let items;
    try {
      items = cypherComplete(query, dbSchema(schema()), { caretPosition: from, manual: ctx.explicit });
    } catch {
      return null;
    }
    const seen = new Set<string>();
    const options: Completion[] = [];
    for (const it of items) {
      const label = it.insertText ?? it.label;
      if (seen.has(label)) continue;
      seen.add(label);
      options.push({ label, type: KIND[it.kind ?? 0] ?? 'text', detail: it.detail, info: typeof it.documentation === 'string' ? it.documentation : undefined });
    }
    return options.length ? { from, options, validFor: /^[\w$]*$/ } : null;
  };
}

// --- Lint ---------------------------------------------------------------------------------------------------------

function cypherLinter(schema: () => ConsoleSchema, dialect: () => string) {
  return linter(
    (view) => {
      const doc = view.state.doc.toString();
      if (!doc.trim()) return [];
      let found;
      try {
        found = lintCypherQuery(doc, dbSchema(schema())).diagnostics;
      } catch {
        return [];
      }
      const neo4j = dialect() === 'neo4j';
      return found.map((d): Diagnostic => {
        const text = typeof d.message === 'string' ? d.message : d.message.value;
        const from = Math.max(0, Math.min(d.offsets.start, doc.length));
        const to = Math.max(from, Math.min(d.offsets.end, doc.length));
        // Severity 1 is an error in LSP terms; anything else a warning.
        const error = d.severity === 1;
        return {
          from,
          to,
          severity: error && neo4j ? 'error' : 'warning',
          message: neo4j || !error ? text : `Neo4j Cypher: ${text} (the embedded engine may still accept it)`,
          source: 'cypher',
        };
      });
    },
    { delay: 300 },
  );
}

/** The Cypher language extensions; `schema` and `dialect` are read on every use, so they can change after creation. */
export function cypher(schema: () => ConsoleSchema, dialect: () => string): Extension {
  return [
    highlighter,
    theme,
    autocompletion({ override: [completionSource(schema)], activateOnTyping: true }),
    cypherLinter(schema, dialect),
  ];
}
