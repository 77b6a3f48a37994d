/**
 * The Export / Share menu of the explorer: the whole graph or what is on screen as JSON, GraphML, CSV or a Cypher
 * script (every relation with its citations, written by the server); the view as a PNG at 2x or an SVG; a saved
 * snapshot (a link that reopens the view read-only) and the view as one self-contained HTML file.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  ApiError, downloadExport, downloadViewHtml, exportHref, saveBlob, saveSnapshot, snapshotHtmlHref,
  type ExportFormat, type SavedSnapshot, type SnapshotView,
} from '../api.js';
import type { GraphHandle } from '../graph/graph-view.js';
import { captionPng, captionSvg } from '../graph/image-caption.js';

const FORMATS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'json', label: 'JSON', title: 'Entities, relations and their quotes as JSON' },
  { format: 'graphml', label: 'GraphML', title: 'For Gephi, yEd, Cytoscape desktop' },
  { format: 'csv', label: 'CSV', title: 'Nodes, edges, evidence and articles as CSV files in a zip' },
  { format: 'cypher', label: 'Cypher', title: 'A script of MERGE statements that rebuilds the graph' },
];

export interface ShareMenuProps {
  graph: RefObject<GraphHandle | null>;
  /** Ids of the entities on screen. */
  drawnIds: readonly string[];
  /** The snapshot of the view as drawn now. */
  buildView: () => SnapshotView;
  /** The caption line images carry: what they show, how many sources, when. */
  caption: () => string;
}

const stamp = () => new Date().toISOString().slice(0, 10);

function ExportLinks({ ids, onError }: { ids?: readonly string[]; onError: (m: string) => void }) {
  return (
    <span className="share-formats">
      {FORMATS.map(({ format, label, title }) => {
        const href = exportHref(format, ids);
        const testId = `export-${ids ? 'view' : 'all'}-${format}`;
        return href ? (
          <a key={format} href={href} download title={title} data-testid={testId}>{label}</a>
        ) : (
          <button key={format} type="button" className="link" title={title} data-testid={testId}
            onClick={() => downloadExport(format, ids!).catch((e: unknown) => onError(e instanceof ApiError ? e.message : String(e)))}>
            {label}
          </button>
        );
      })}
    </span>
  );
}

export function ShareMenu({ graph, drawnIds, buildView, caption }: ShareMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedSnapshot | null>(null);
  const [copied, setCopied] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const act = async (name: string, f: () => Promise<void>) => {
    setBusy(name);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const png = () => act('png', async () => saveBlob(await captionPng(await graph.current!.png(), caption()), `supply-graph-${stamp()}.png`));
  const svg = () => act('svg', async () => saveBlob(new Blob([captionSvg(await graph.current!.svg(), caption())], { type: 'image/svg+xml' }), `supply-graph-${stamp()}.svg`));
  const snapshot = () => act('snapshot', async () => {
    setSaved(await saveSnapshot(buildView()));
    setCopied(false);
  });
  const html = () => act('html', () => downloadViewHtml(buildView()));
  const link = saved ? new URL(saved.url, window.location.origin).href : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setError('The browser refused the clipboard: select the link and copy it.');
    }
  };

  return (
    <div className="share" ref={root}>
      <button type="button" className="tool-button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="share-button">
        Export / Share ▾
      </button>
      {open && (
        <div className="share-menu" role="dialog" aria-label="Export and share" data-testid="share-menu">
          <h3>Data, with citations</h3>
          <div className="share-row"><span className="share-label">Whole graph</span><ExportLinks onError={setError} /></div>
          <div className="share-row">
            <span className="share-label">On screen <span className="muted">({drawnIds.length})</span></span>
            <ExportLinks ids={drawnIds} onError={setError} />
          </div>
          <h3>Image of the view</h3>
          <div className="share-row">
            <button type="button" className="tool-button" onClick={png} disabled={!!busy} data-testid="export-png">PNG (2×)</button>
            <button type="button" className="tool-button" onClick={svg} disabled={!!busy} data-testid="export-svg">SVG</button>
          </div>
          <h3>Share the view</h3>
          <div className="share-row">
            <button type="button" className="tool-button" onClick={snapshot} disabled={!!busy} data-testid="save-snapshot">
              {busy === 'snapshot' ? 'Saving…' : 'Save snapshot'}
            </button>
            <button type="button" className="tool-button" onClick={html} disabled={!!busy} data-testid="export-html">
              {busy === 'html' ? 'Preparing…' : 'Download HTML'}
            </button>
          </div>
          {saved && (
            <div className="share-link">
              <input readOnly value={link} aria-label="Snapshot link" data-testid="snapshot-link" onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="tool-button" onClick={copy}>{copied ? 'Copied' : 'Copy'}</button>
              <a href={snapshotHtmlHref(saved.id)} download title="This snapshot as one HTML file">HTML</a>
            </div>
          )}
          {error && <p className="share-error" role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
