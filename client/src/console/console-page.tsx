/**
 * The Cypher console: an editor (highlighting, completion from the graph's labels, types and properties, lint), a
 * parameters panel, example questions and the history of this browser; results as a table and, when they name
 * entities or relations, as a graph. Ctrl+Enter runs. The last query run is kept in the URL, so a link reopens it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, getCypherExamples, getHealth, getSchema, isAbort, runCypher, saveBlob, type CypherAnswer, type CypherExample, type StoreSchema } from '../api.js';
import { Brand } from '../components/brand.js';
import { PageTabs } from '../components/page-tabs.js';
import { GraphView } from '../graph/graph-view.js';
import { CypherEditor, type EditorError } from './cypher-editor.js';
import { graphSchema } from './cypher-language.js';
import { errorPosition } from './error-position.js';
import { addToHistory, loadHistory, saveHistory, type HistoryEntry } from './history.js';
import { ParamsPanel, parseParams } from './params-panel.js';
import { starterExample } from './starter-example.js';
import { SchemaPanel } from './schema-panel.js';
import { cellKind, cellText, resultCsv } from './result-cells.js';

/** Rows drawn in the table; the rest are in the CSV download. */
const TABLE_ROWS = 500;

interface Failure {
  code: string;
  status: number;
  message: string;
  line?: number;
  column?: number;
}

const number = new Intl.NumberFormat('en-US');

function readUrl(): { query: string | null; params: string | null } {
  const q = new URLSearchParams(window.location.search);
  return { query: q.get('q'), params: q.get('params') };
}

function writeUrl(query: string, params: Record<string, unknown>): void {
  const q = new URLSearchParams({ page: 'console', q: query });
  if (Object.keys(params).length) q.set('params', JSON.stringify(params));
  window.history.replaceState(null, '', `${window.location.pathname}?${q}`);
}

const pretty = (p: Record<string, unknown>) => (Object.keys(p).length ? JSON.stringify(p, null, 2) : '');

export default function ConsolePage() {
  const initial = useMemo(() => {
    const u = readUrl();
    const h = loadHistory();
    return { query: u.query ?? h[0]?.query ?? '', params: u.params ? (() => { try { return pretty(JSON.parse(u.params!)); } catch { return u.params!; } })() : u.query ? '' : pretty(h[0]?.params ?? {}) };
  }, []);
  const [query, setQuery] = useState(initial.query);
  const [paramsText, setParamsText] = useState(initial.params);
  const [examples, setExamples] = useState<CypherExample[]>([]);
  const [store, setStore] = useState('');
  const [storeSchema, setStoreSchema] = useState<StoreSchema | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory());
  const [answer, setAnswer] = useState<CypherAnswer | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [editorError, setEditorError] = useState<EditorError | null>(null);
  const [running, setRunning] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const ctl = useRef<AbortController | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const c = new AbortController();
    getCypherExamples(c.signal).then(
      (e) => {
        setExamples(e.items);
        setStore(e.store);
        // A first visit starts from an example rather than an empty editor: one that needs no parameters, so the
        // parameters box stays empty and the text passes the editor's lint as it stands.
        const start = starterExample(e.items);
        if (!initial.query && start) setQuery((q) => q || start.query);
      },
      () => getHealth(c.signal).then((h) => setStore(h.store), () => undefined),
    );
    getSchema(c.signal).then(setStoreSchema, () => undefined);
    return () => c.abort();
  }, [initial]);

  const params = useMemo(() => parseParams(paramsText), [paramsText]);
  const schema = useMemo(() => graphSchema('params' in params ? params.params : {}, storeSchema), [params, storeSchema]);

  const run = useCallback(() => {
    const text = query.trim();
    if (!text) return;
    if (!('params' in params)) {
      setFailure({ code: 'bad_params', status: 0, message: params.error });
      return;
    }
    ctl.current?.abort();
    const c = (ctl.current = new AbortController());
    setRunning(true);
    setFailure(null);
    runCypher(query, params.params, c.signal).then(
      (a) => {
        if (c.signal.aborted) return;
        setAnswer(a);
        setSelected(null);
        setRunning(false);
        writeUrl(query, params.params);
        setHistory((h) => {
          const next = addToHistory(h, { query, params: params.params, at: new Date().toISOString() });
          saveHistory(next);
          return next;
        });
      },
      (err: unknown) => {
        if (isAbort(err) || c.signal.aborted) return;
        setRunning(false);
        const e = err instanceof ApiError ? err : new ApiError('error', String(err));
        const at = e.status === 400 ? errorPosition(e.message, query) : null;
        setFailure({ code: e.code, status: e.status, message: e.message, line: at?.line, column: at?.column });
        if (at) setEditorError({ offset: at.offset, message: e.message.split('\n')[0], seq: ++seq.current });
      },
    );
  }, [query, params]);

  const pick = (q: string, p: Record<string, unknown>) => {
    setQuery(q);
    setParamsText(pretty(p));
    setFailure(null);
  };

  const graph = answer?.graph;
  const hasGraph = !!graph && graph.nodes.length > 0;

  return (
    <div className="app console-page">
      <header className="app-header">
        <Brand />
        <PageTabs current="console" />
        <div className="header-stats">{store && <span className="store-badge" title="Graph store in use">{store}</span>}</div>
      </header>
      <main className="console-main">
        <aside className="console-side" aria-label="Examples, history and schema">
          <section>
            <div className="console-section-title">Examples</div>
            <ul className="console-list" data-testid="cypher-examples">
              {examples.map((ex) => (
                <li key={ex.name}>
                  <button type="button" className="console-item" title={ex.description ?? ex.query} onClick={() => pick(ex.query, ex.params)}>
                    {ex.title}
                  </button>
                </li>
              ))}
              {!examples.length && <li className="muted">No examples.</li>}
            </ul>
          </section>
          <section>
            <div className="console-section-title">
              History
              {history.length > 0 && (
                <button type="button" className="link subtle" onClick={() => { setHistory([]); saveHistory([]); }}>clear</button>
              )}
            </div>
            <ul className="console-list" data-testid="cypher-history">
              {history.map((h) => (
                <li key={`${h.at}${h.query}`}>
                  <button type="button" className="console-item mono" title={h.query} onClick={() => pick(h.query, h.params)}>
                    {h.query.replace(/\s+/g, ' ').slice(0, 90)}
                  </button>
                </li>
              ))}
              {!history.length && <li className="muted">Queries you run are kept here, in this browser.</li>}
            </ul>
          </section>
          <section aria-label="Schema">
            <div className="console-section-title">Schema</div>
            <SchemaPanel schema={storeSchema} onInsert={(text) => setQuery((q) => q + text)} />
          </section>
        </aside>
        <div className="console-work">
          <div className="console-input">
            <CypherEditor value={query} onChange={setQuery} onRun={run} schema={schema} dialect={store} error={editorError} />
            <div className="console-input-side">
              <ParamsPanel query={query} text={paramsText} onChange={setParamsText} />
              <div className="console-run">
                <button type="button" className="primary" onClick={run} disabled={running || !query.trim()} data-testid="cypher-run">
                  {running ? 'Running…' : 'Run'}
                </button>
                <span className="muted"><kbd>Ctrl</kbd>+<kbd>Enter</kbd> · read-only</span>
              </div>
            </div>
          </div>
          {failure && (
            <div className="console-error" role="alert" data-testid="cypher-error">
              <strong>
                {failure.status === 403 ? 'Refused' : failure.status === 408 ? 'Time limit'
                  : failure.code === 'syntax_error' ? 'Syntax error' : failure.status === 400 ? 'Query error' : 'Error'}
                {failure.line !== undefined && ` at line ${failure.line}, column ${failure.column}`}
              </strong>
              <pre>{failure.message}</pre>
            </div>
          )}
          {answer && failure && (
            <p className="console-stale" data-testid="cypher-stale">
              The results below are from the previous query, not the one that just failed.
            </p>
          )}
          {answer && (
            <div className={`console-results${hasGraph ? ' with-graph' : ''}${failure ? ' stale' : ''}`} aria-disabled={failure ? true : undefined}>
              <section className="result-table-wrap" aria-label="Result table">
                <div className="result-summary" data-testid="cypher-summary">
                  {number.format(answer.rows.length)} row{answer.rows.length === 1 ? '' : 's'}
                  {answer.truncated && ' (cut at the row cap)'} · {answer.elapsedMs} ms
                  {hasGraph && <> · {graph!.nodes.length} entities, {graph!.edges.length} relations</>}
                  {answer.rows.length > 0 && (
                    <button type="button" className="link subtle" onClick={() => saveBlob(new Blob([resultCsv(answer.columns, answer.rows)], { type: 'text/csv' }), 'cypher-result.csv')}>
                      CSV
                    </button>
                  )}
                </div>
                <div className="result-table-scroll">
                  <table className="result-table" data-testid="cypher-table">
                    <thead>
                      <tr>{answer.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
                    </thead>
                    <tbody>
                      {answer.rows.slice(0, TABLE_ROWS).map((r, i) => (
                        <tr key={i}>
                          {r.map((v, j) => {
                            const t = cellText(v);
                            return <td key={j} className={`cell-${cellKind(v)}`} title={t.length > 80 ? t : undefined}>{t}</td>;
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {answer.rows.length === 0 && <p className="muted result-empty">No rows.</p>}
                  {answer.rows.length > TABLE_ROWS && <p className="muted result-empty">Showing {TABLE_ROWS} of {number.format(answer.rows.length)} rows; the CSV has them all.</p>}
                </div>
              </section>
              {hasGraph && (
                <section className="result-graph graph-area" aria-label="Result graph" data-testid="cypher-graph">
                  <GraphView data={graph!} selectedId={selected} focus={null} layout="force" layoutKey={String(seq.current)} onSelect={setSelected} />
                </section>
              )}
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
