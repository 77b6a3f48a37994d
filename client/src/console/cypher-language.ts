/**
 * Cypher for CodeMirror 6, from @neo4j-cypher/language-support (the parser Neo4j's own tools use): token colours,
 * completion of keywords, functions, the graph's labels, relation types, properties and parameters, and lint.
 *
 * The parser runs in a Web Worker (cypher-worker.ts), started when the editor is: the page and a plain editor are
 * usable at once, and colours, completion and lint arrive when the worker has loaded (a second or two), without
 * blocking typing then or after.
 *
 * The parser speaks Neo4j 5 Cypher. On the embedded store (LadybugDB's dialect differs in places, e.g. `label(r)`,
 * `* TRAIL 1..6`) its findings are shown as warnings: the engine's own parser has the last word, and its error
 * comes back from the server with a position (see error-position.ts).
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { linter, type Diagnostic } from '@codemirror/lint';
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { RELATION_TYPES } from '../../../server/domain/relation-registry.js';
import type { LanguageRequest, LanguageResponse, WorkerCompletion, WorkerDiagnostic, WorkerToken } from './language-protocol.js';
import type { StoreSchema } from '../api.js';

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

// --- The worker ---------------------------------------------------------------------------------------------------

/** One worker for the page, started on first use; requests are answered in order, matched by id. */
class LanguageClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown[]) => void; reject: (e: Error) => void }>();

  call<T>(req: Omit<LanguageRequest, 'id'>): Promise<T[]> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./cypher-worker.ts', import.meta.url), { type: 'module', name: 'cypher-language' });
      this.worker.onmessage = (e: MessageEvent<LanguageResponse>) => {
        const w = this.waiting.get(e.data.id);
        if (!w) return;
        this.waiting.delete(e.data.id);
        if ('error' in e.data) w.reject(new Error(e.data.error));
        else w.resolve(e.data.result);
      };
    }
    const id = this.next++;
    return new Promise<T[]>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown[]) => void, reject });
      this.worker!.postMessage({ ...req, id } satisfies LanguageRequest);
    });
  }
}

const language = new LanguageClient();

// --- Highlighting -------------------------------------------------------------------------------------------------

const marks = new Map<string, Decoration>();
function mark(type: string): Decoration {
  let m = marks.get(type);
  if (!m) marks.set(type, (m = Decoration.mark({ class: `cm-cypher-${type}` })));
  return m;
}

function decorations(tokens: WorkerToken[], docLength: number): DecorationSet {
  const b = new RangeSetBuilder<Decoration>();
  let last = -1;
  for (const t of [...tokens].sort((a, c) => a.from - c.from)) {
    const to = t.from + t.length;
    if (t.from < last || to > docLength || to <= t.from || t.type === 'none') continue;
    b.add(t.from, to, mark(t.type));
    last = to;
  }
  return b.finish();
}

const setTokens = StateEffect.define<DecorationSet>();

/** The colours: the last answer from the worker, moved along with edits made since it was asked. */
const tokenField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update: (deco, tr) => {
    for (const e of tr.effects) if (e.is(setTokens)) return e.value;
    return tr.docChanged ? deco.map(tr.changes) : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Asks the worker for tokens after each change; an answer for text that has changed since is dropped. */
const highlighter = ViewPlugin.fromClass(
  class {
    private asked = 0;
    constructor(private readonly view: EditorView) {
      this.ask();
    }
    update(u: ViewUpdate) {
      if (u.docChanged) this.ask();
    }
    private ask() {
      const seq = ++this.asked;
      const doc = this.view.state.doc.toString();
      language.call<WorkerToken>({ op: 'highlight', doc, schema: null }).then((tokens) => {
        if (seq !== this.asked || this.view.state.doc.toString() !== doc) return;
        this.view.dispatch({ effects: setTokens.of(decorations(tokens, doc.length)) });
      }, () => undefined);
    }
  },
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
  return async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const word = ctx.matchBefore(/[A-Za-z_$][\w$]*/);
    const before = ctx.state.sliceDoc(Math.max(0, ctx.pos - 1), ctx.pos);
    // Open the list after a word, after ":" (labels, types), "." (properties) and "$" (parameters), or on request.
    if (!ctx.explicit && !word && !/[:.$]/.test(before)) return null;
    const from = word ? (word.text.startsWith('$') ? word.from + 1 : word.from) : ctx.pos;
    // The parser completes from the statement so far; what follows the caret does not change the candidates.
    const query = ctx.state.sliceDoc(0, from);
    let items: WorkerCompletion[];
    try {
      items = await language.call<WorkerCompletion>({ op: 'complete', doc: query, schema: schema(), pos: from, explicit: ctx.explicit });
    } catch {
      return null;
    }
    if (ctx.aborted) return null;
    const seen = new Set<string>();
    const options: Completion[] = [];
    for (const it of items) {
      if (seen.has(it.label)) continue;
      seen.add(it.label);
      options.push({ label: it.label, type: KIND[it.kind] ?? 'text', detail: it.detail, info: it.documentation });
    }
    return options.length ? { from, options, validFor: /^[\w$]*$/ } : null;
  };
}

// --- Lint ---------------------------------------------------------------------------------------------------------

function cypherLinter(schema: () => ConsoleSchema, dialect: () => string) {
  return linter(
    async (view) => {
      const doc = view.state.doc.toString();
      if (!doc.trim()) return [];
      let found: WorkerDiagnostic[];
      try {
        found = await language.call<WorkerDiagnostic>({ op: 'lint', doc, schema: schema() });
      } catch {
        return [];
      }
      if (view.state.doc.toString() !== doc) return [];
      const neo4j = dialect() === 'neo4j';
      return found.map((d): Diagnostic => {
        const from = Math.max(0, Math.min(d.from, doc.length));
        const to = Math.max(from, Math.min(d.to, doc.length));
        return {
          from,
          to,
          severity: d.error && neo4j ? 'error' : 'warning',
          message: neo4j || !d.error ? d.message : `Neo4j Cypher: ${d.message} (the embedded engine may still accept it)`,
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
    tokenField,
    highlighter,
    theme,
    autocompletion({ override: [completionSource(schema)], activateOnTyping: true }),
    cypherLinter(schema, dialect),
  ];
}
