/**
 * The path finder: supplier and buyer with autocomplete, then every chain between them, ranked (fewest hops, then
 * best supported), each with its intermediaries; the chosen chain lists its hops with the quote behind each.
 */
import { useEffect, useRef, useState } from 'react';
import { searchEntities, type GraphNode, type PathResult } from '../api.js';
import { nearestNames } from '../search/nearest-names.js';
import { EntityField, type EntityFieldValue } from '../components/entity-field.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { useArticles } from '../data/article-cache.js';
import { edgeCaption } from '../graph/elements.js';
import { relationSpec } from '../../../server/domain/relation-registry.js';
import { MAX_HOPS, type ArticleRef } from '../view-state.js';
import { EvidenceQuote } from './evidence-quote.js';

export type PathsLoad =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; from: GraphNode; to: GraphNode; paths: PathResult[]; hiddenByFilters: number };

/** A request to put an entity into one end of the path finder (an entity's "chains from here"). */
export interface PathPrefill {
  end: 'from' | 'to';
  id: string;
  name: string;
  seq: number;
}

export interface PathFinderProps {
  /** The committed query (ids or typed names); the fields start from it. */
  from: string | null;
  to: string | null;
  maxHops: number;
  load: PathsLoad;
  chosen: number | null;
  /** Set when the path search cannot run under the current relation filter. */
  blockedReason?: string | null;
  prefill?: PathPrefill | null;
  onSubmit: (q: { from: string; to: string; maxHops: number }) => void;
  onChoose: (index: number) => void;
  onClear: () => void;
  onSelectEntity: (id: string, name: string) => void;
  onOpenArticle: (ref: ArticleRef) => void;
  /** Entities known to the client (the overview's), for "did you mean" when a typed name matches none. */
  known?: readonly GraphNode[];
}

/** A typed name that matched no entity: which field, what was typed, and the nearest names. */
interface Unmatched {
  end: 'from' | 'to';
  text: string;
  nearest: GraphNode[];
}

const FIELD = { from: 'Supplier', to: 'Buyer' } as const;

/** The server's "no entity matches from=…" in the reader's words, naming the field. */
function readableError(message: string): string {
  const m = /^no entity matches (from|to)="(.*)"$/.exec(message);
  return m ? `${FIELD[m[1] as 'from' | 'to']}: no entity is named “${m[2]}”.` : message;
}

const hopsText = (n: number) => `${n} hop${n === 1 ? '' : 's'}`;
const sourcesText = (n: number) => `${n} source${n === 1 ? '' : 's'}`;

function ChainHops({ path, onSelectEntity, onOpenArticle }: { path: PathResult } & Pick<PathFinderProps, 'onSelectEntity' | 'onOpenArticle'>) {
  const articles = useArticles(path.edges.flatMap((e) => e.evidence.map((ev) => ev.article)));
  return (
    <ol className="chain-hops" data-testid="chain-hops">
      {path.edges.map((e, i) => {
        const a = path.nodes[i];
        const b = path.nodes[i + 1];
        const spec = relationSpec(e.type);
        const caption = edgeCaption(spec?.label ?? e.type, e.props ?? {});
        const ev = e.evidence[0];
        return (
          <li key={e.id} className="chain-hop" data-edge-id={e.id}>
            <div className="hop-head">
              <button type="button" className="link" onClick={() => onSelectEntity(a.id, a.name)}>{a.name}</button>
              <span className="hop-arrow" aria-label={spec?.label ?? 'to'}>→</span>
              <button type="button" className="link" onClick={() => onSelectEntity(b.id, b.name)}>{b.name}</button>
              <span className="relation-sources">{sourcesText(e.sources)}</span>
            </div>
            {caption !== spec?.label && <p className="relation-props">{caption}</p>}
            {ev && <EvidenceQuote ev={ev} article={articles.get(ev.article)} context={60} onOpenArticle={onOpenArticle} />}
            {e.evidence.length > 1 && <p className="hop-more">+{e.evidence.length - 1} more in the entity panel</p>}
          </li>
        );
      })}
    </ol>
  );
}

export function PathFinder(props: PathFinderProps) {
  const { load, chosen, onChoose } = props;
  const listRef = useRef<HTMLOListElement>(null);
  // The chosen chain opens its hops: keep its head in view.
  useEffect(() => {
    if (chosen === null) return;
    const li = listRef.current?.querySelector<HTMLElement>(`[data-chain-index="${chosen}"]`);
    const box = li?.closest<HTMLElement>('.sidebar-body');
    if (!li || !box) return;
    const top = li.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 0 || top > box.clientHeight - 80) box.scrollTo({ top: box.scrollTop + top - 12 });
  }, [chosen, load]);
  const [from, setFrom] = useState<EntityFieldValue>({ text: props.from ?? '', id: null });
  const [to, setTo] = useState<EntityFieldValue>({ text: props.to ?? '', id: null });
  const [maxHops, setMaxHops] = useState(props.maxHops);

  // The answer names what the query resolved to: show those names (a link may carry bare ids).
  useEffect(() => {
    if (load.state !== 'done') return;
    setFrom({ text: load.from.name, id: load.from.id });
    setTo({ text: load.to.name, id: load.to.id });
  }, [load]);
  // A query set from elsewhere (an entity's "chains from here", Back) replaces what the fields hold.
  useEffect(() => {
    setFrom((f) => (props.from && f.id !== props.from && f.text !== props.from ? { text: props.from, id: null } : f));
    setTo((t) => (props.to && t.id !== props.to && t.text !== props.to ? { text: props.to, id: null } : t));
    setMaxHops(props.maxHops);
  }, [props.from, props.to, props.maxHops]);

  const ready = from.text.trim() !== '' && to.text.trim() !== '';
  const [unmatched, setUnmatched] = useState<Unmatched | null>(null);
  const checking = useRef(0);
  /**
   * Runs the query once both ends name an entity. A typed name that matches none is answered in place (which field,
   * the nearest names) and the graph is left as it was.
   */
  const submit = async (f = from, t = to) => {
    if (!f.text.trim() || !t.text.trim()) return;
    const run = ++checking.current;
    setUnmatched(null);
    for (const [end, v] of [['from', f], ['to', t]] as const) {
      if (v.id) continue;
      let hits: GraphNode[] | null;
      try {
        hits = await searchEntities(v.text.trim(), 1);
      } catch {
        hits = null; // The search failing is no reason to refuse: the path query answers for itself.
      }
      if (run !== checking.current) return;
      if (hits && hits.length === 0) {
        setUnmatched({ end, text: v.text.trim(), nearest: nearestNames(v.text, props.known ?? []) });
        return;
      }
    }
    props.onSubmit({ from: f.id ?? f.text.trim(), to: t.id ?? t.text.trim(), maxHops });
  };
  const takeSuggestion = (n: GraphNode) => {
    const v = { text: n.name, id: n.id };
    if (unmatched?.end === 'from') {
      setFrom(v);
      void submit(v, to);
    } else {
      setTo(v);
      void submit(from, v);
    }
  };
  const fieldError = (end: 'from' | 'to') =>
    unmatched?.end === end && (
      <p className="field-error" role="alert" data-testid={`path-${end}-error`}>
        {FIELD[end]}: no entity is named “{unmatched.text}”.
        {unmatched.nearest.length > 0 ? (
          <>
            {' '}Did you mean{' '}
            {unmatched.nearest.map((n, i) => (
              <span key={n.id}>
                {i > 0 && (i === unmatched.nearest.length - 1 ? ' or ' : ', ')}
                <button type="button" className="link" data-entity-id={n.id} onClick={() => takeSuggestion(n)}>{n.name}</button>
              </span>
            ))}
            ?
          </>
        ) : ' Check the spelling, or search for it above.'}
      </p>
    );

  // Fill one end from elsewhere; with the other end already there, the question is complete: run it.
  useEffect(() => {
    const p = props.prefill;
    if (!p) return;
    const v = { text: p.name, id: p.id };
    if (p.end === 'from') {
      setFrom(v);
      submit(v, to);
    } else {
      setTo(v);
      submit(from, v);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.prefill]);

  return (
    <section className="sidebar-section path-finder" aria-labelledby="path-finder-title" data-testid="path-finder">
      <div className="section-head">
        <h2 id="path-finder-title">Supply chains</h2>
        {(props.from || props.to) && (
          <button
            type="button"
            className="link subtle"
            onClick={() => {
              setFrom({ text: '', id: null });
              setTo({ text: '', id: null });
              props.onClear();
            }}
          >
            Clear
          </button>
        )}
      </div>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <EntityField
          label="Supplier"
          placeholder="e.g. a manufacturer"
          value={from}
          onChange={(v) => {
            setFrom(v);
            if (unmatched?.end === 'from') setUnmatched(null);
          }}
          // Picking the second end runs the search: the reader has said everything.
          onPick={(n) => to.text.trim() && submit({ text: n.name, id: n.id }, to)}
          onSubmit={() => submit()}
          testId="path-from"
        />
        {fieldError('from')}
        <button
          type="button"
          className="swap"
          aria-label="Swap supplier and buyer"
          title="Swap supplier and buyer"
          onClick={() => {
            setFrom(to);
            setTo(from);
          }}
        >
          ⇅
        </button>
        <EntityField
          label="Buyer"
          placeholder="e.g. a country or end user"
          value={to}
          onChange={(v) => {
            setTo(v);
            if (unmatched?.end === 'to') setUnmatched(null);
          }}
          onPick={(n) => from.text.trim() && submit(from, { text: n.name, id: n.id })}
          onSubmit={() => submit()}
          testId="path-to"
        />
        {fieldError('to')}
        <div className="path-form-row">
          <label className="inline-field">
            Up to
            <select value={maxHops} onChange={(e) => setMaxHops(Number(e.target.value))} aria-label="Maximum hops">
              {Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>{hopsText(n)}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="button small" disabled={!ready}>Find chains</button>
        </div>
      </form>

      {props.blockedReason && <p className="panel-note warn">{props.blockedReason}</p>}
      {load.state === 'loading' && <p className="panel-note" role="status">Searching for chains…</p>}
      {load.state === 'error' && <p className="panel-note panel-error" role="alert">{readableError(load.message)}</p>}
      {load.state === 'done' && (
        <div className="chains" data-testid="chains">
          <p className="chains-summary" role="status">
            {load.paths.length === 0
              ? `No chain from ${load.from.name} to ${load.to.name} within ${hopsText(props.maxHops)}.`
              : `${load.paths.length} chain${load.paths.length === 1 ? '' : 's'} from ${load.from.name} to ${load.to.name}`}
            {load.hiddenByFilters > 0 && ` (${load.hiddenByFilters} more through entity kinds switched off)`}
          </p>
          <ol className="chain-list" ref={listRef}>
            {load.paths.map((p, i) => {
              const via = p.nodes.slice(1, -1);
              const isChosen = i === chosen;
              return (
                <li key={p.edges.map((e) => e.id).join('|')} className={isChosen ? 'chain chosen' : 'chain'} data-chain-index={i}>
                  <button
                    type="button"
                    className="chain-pick"
                    aria-pressed={isChosen}
                    onClick={() => onChoose(i)}
                    data-testid="chain-option"
                    data-node-ids={p.nodes.map((n) => n.id).join(',')}
                  >
                    <span className="chain-rank">{i + 1}</span>
                    <span className="chain-body">
                      <span className="chain-nodes">
                        {p.nodes.map((n, k) => (
                          <span key={n.id} className={k === 0 || k === p.nodes.length - 1 ? 'chain-node end' : 'chain-node'}>
                            {k > 0 && <span className="chain-arrow" aria-hidden="true">→</span>}
                            <KindSwatch kind={n.kind} sanctioned={n.sanctioned} size={11} />
                            {n.name}
                            {/* A chain into (or out of) a country may end (or start) at an entity located there. */}
                            {k === p.nodes.length - 1 && p.endsIn && <span className="chain-located" data-testid="chain-ends-in">, in {p.endsIn.name}</span>}
                            {k === 0 && p.startsIn && <span className="chain-located">, in {p.startsIn.name}</span>}
                          </span>
                        ))}
                      </span>
                      <span className="chain-meta">
                        {hopsText(p.hops)}
                        {' · '}
                        {via.length === 0 ? 'direct' : `via ${via.map((n) => n.name).join(', ')}`}
                        {' · '}
                        <span title="Distinct articles backing the weakest hop">support {p.support}</span>
                      </span>
                    </span>
                  </button>
                  {isChosen && <ChainHops path={p} onSelectEntity={props.onSelectEntity} onOpenArticle={props.onOpenArticle} />}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {load.state === 'idle' && !props.blockedReason && (
        <p className="panel-note hint">Name a supplier and a buyer to see every chain between them, shortest and best sourced first.</p>
      )}
    </section>
  );
}
