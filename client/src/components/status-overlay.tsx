/** What the graph area shows instead of a graph: loading, an error with a retry, or how to fill an empty graph. */
export type OverlayState = { kind: 'loading' } | { kind: 'error'; title: string; message: string } | { kind: 'empty' };

export function StatusOverlay({ state, onRetry }: { state: OverlayState; onRetry: () => void }) {
  return (
    <div className="status-overlay" data-testid="graph-status" data-status={state.kind} role={state.kind === 'error' ? 'alert' : 'status'}>
      {state.kind === 'loading' && (
        <div className="status-card">
          <div className="spinner" aria-hidden="true" />
          <p>Loading graph…</p>
        </div>
      )}
      {state.kind === 'error' && (
        <div className="status-card">
          <h2>{state.title}</h2>
          <p>{state.message}</p>
          <button type="button" className="button" onClick={onRetry}>Try again</button>
        </div>
      )}
      {state.kind === 'empty' && (
        <div className="status-card">
          <h2>No entities yet</h2>
          <p>The graph fills as articles are loaded. Load the bundled seed articles with</p>
          <pre><code>npm run load -- seeds/</code></pre>
          <p>
            or post an article’s text to <code>POST /api/articles</code> (see <a href="/docs">API docs</a>), then try again.
          </p>
          <button type="button" className="button" onClick={onRetry}>Reload</button>
        </div>
      )}
    </div>
  );
}
