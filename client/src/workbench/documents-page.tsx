/**
 * "Add documents": paste a text with its title, outlet, link and date, or drop many files (.txt, .html, .pdf, .docx).
 * Files are sent one at a time, each with its own progress and result (new, already loaded, refused with the reason),
 * and what each added is listed with links into the graph.
 */
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { relationLabel } from '../../../server/domain/relation-registry.js';
import { addDocument, addText, ApiError, type AddedDocument, type DocumentMeta } from '../api.js';
import { graphChanged } from '../data/graph-version.js';
import { WorkbenchFrame } from './workbench-frame.js';

type Row =
  | { key: string; name: string; state: 'waiting' }
  | { key: string; name: string; state: 'reading' }
  | { key: string; name: string; state: 'done'; added: AddedDocument }
  | { key: string; name: string; state: 'refused'; reason: string };

const ACCEPT = '.txt,.text,.md,.html,.htm,.pdf,.docx';
const explorerLink = (params: Record<string, string>) => `${window.location.pathname}?${new URLSearchParams(params)}`;

function Result({ row }: { row: Row }) {
  if (row.state === 'waiting') return <span className="doc-state">waiting</span>;
  if (row.state === 'reading') return <span className="doc-state" role="status">reading and extracting…</span>;
  if (row.state === 'refused') return <span className="doc-state doc-refused">refused: {row.reason}</span>;
  const { added } = row;
  return (
    <div>
      <span className={`doc-state doc-${added.status === 'new' ? 'new' : 'known'}`}>{added.status}</span>{' '}
      <a href={explorerLink({ article: added.article.id })}>{added.article.title}</a>
      <div className="doc-found">
        {added.entities.length} {added.entities.length === 1 ? 'entity' : 'entities'}:{' '}
        {added.entities.map((e, i) => (
          <span key={e.id}>{i > 0 && ', '}<a href={explorerLink({ sel: e.id })} data-entity={e.id}>{e.name}</a></span>
        ))}
      </div>
      <div className="doc-found">
        {added.relations.length} {added.relations.length === 1 ? 'relation' : 'relations'}:{' '}
        {added.relations.map((r, i) => (
          <span key={r.id}>{i > 0 && '; '}<a href={explorerLink({ sel: r.source })} data-relation={r.id}>{r.source} {relationLabel(r.type)} {r.target}</a></span>
        ))}
      </div>
      {added.model && <ModelFigures m={added.model} />}
    </div>
  );
}

/** What reading the document with a language model cost (EXTRACTOR=model|hybrid). */
function ModelFigures({ m }: { m: NonNullable<AddedDocument['model']> }) {
  const n = (x: number) => x.toLocaleString('en');
  return (
    <div className="doc-found" data-testid="doc-model">
      read by {m.name} ({m.mode}): {n(m.requests)} {m.requests === 1 ? 'request' : 'requests'}
      {m.cached > 0 && ` (${n(m.cached)} from cache)`}, {n(m.promptTokens + m.completionTokens)} tokens
      ({n(m.promptTokens)} prompt, {n(m.completionTokens)} completion)
      {m.dropped > 0 && `; ${n(m.dropped)} ${m.dropped === 1 ? 'relation' : 'relations'} dropped for want of a quote that states it`}
    </div>
  );
}

export default function DocumentsPage() {
  const [rows, setRows] = useState<Row[]>([]);
  const [meta, setMeta] = useState<DocumentMeta>({});
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const seq = useRef(0);

  const update = (key: string, next: Row) => setRows((rs) => rs.map((r) => (r.key === key ? next : r)));
  const reason = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

  async function run(jobs: { row: Row; send: () => Promise<AddedDocument> }[]) {
    setRows((rs) => [...jobs.map((j) => j.row), ...rs]);
    setBusy(true);
    // One at a time: the server extracts each in turn anyway, and each row shows its own result as it comes.
    for (const { row, send } of jobs) {
      update(row.key, { key: row.key, name: row.name, state: 'reading' });
      try {
        const added = await send();
        update(row.key, { key: row.key, name: row.name, state: 'done', added });
        // What the tab has read of the graph (article texts and their mentions among it) is stale now.
        if (added.status === 'new') graphChanged();
      } catch (e) {
        update(row.key, { key: row.key, name: row.name, state: 'refused', reason: reason(e) });
      }
    }
    setBusy(false);
  }

  const addFiles = (files: FileList | File[]) => void run([...files].map((f) => ({
    row: { key: `f${++seq.current}`, name: f.name, state: 'waiting' as const },
    send: () => addDocument(f.name, f),
  })));

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (e.dataTransfer.files.length) addFiles(e.dataTransfer.files);
  };

  const onPaste = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const m = { ...meta };
    const body = text;
    void run([{ row: { key: `t${++seq.current}`, name: m.title || 'pasted text', state: 'waiting' }, send: () => addText(body, m) }]);
    setText('');
  };

  const done = rows.filter((r) => r.state === 'done' || r.state === 'refused').length;
  const field = (k: keyof DocumentMeta, label: string, type = 'text') => (
    <label>{label}<input type={type} value={meta[k] ?? ''} onChange={(e) => setMeta({ ...meta, [k]: e.target.value || undefined })} data-testid={`doc-${k}`} /></label>
  );

  return (
    <WorkbenchFrame current="documents">
        <section aria-label="Paste a text">
          <h2>Paste a text</h2>
          <form onSubmit={onPaste} className="doc-form">
            {field('title', 'Title')}
            {field('source', 'Outlet')}
            {field('url', 'Link', 'url')}
            {field('publishedAt', 'Date', 'date')}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} placeholder="The article's text" data-testid="doc-text" />
            <button type="submit" disabled={!text.trim()}>Add text</button>
          </form>
        </section>
        <section aria-label="Add files">
          <h2>Add files</h2>
          <div
            className={`drop-zone${over ? ' drop-over' : ''}`}
            onDragOver={(e) => { e.preventDefault(); setOver(true); }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
            onClick={() => fileInput.current?.click()}
            data-testid="drop-zone"
          >
            Drop .txt, .html, .pdf or .docx files here, or click to choose them.
            <input ref={fileInput} type="file" multiple accept={ACCEPT} hidden data-testid="doc-files"
              onChange={(e) => { if (e.target.files?.length) addFiles(e.target.files); e.target.value = ''; }} />
          </div>
        </section>
        {rows.length > 0 && (
          <section aria-label="Results">
            <h2>Results</h2>
            <p role="status" data-testid="doc-progress">{done} of {rows.length} done{busy ? '…' : ''}</p>
            <ul className="doc-results" data-testid="doc-results">
              {rows.map((r) => (
                <li key={r.key} data-file={r.name} data-state={r.state === 'done' ? r.added.status : r.state}>
                  <strong>{r.name}</strong> <Result row={r} />
                </li>
              ))}
            </ul>
          </section>
        )}
    </WorkbenchFrame>
  );
}
