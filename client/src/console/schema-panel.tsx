/**
 * The graph's schema beside the console (GET /api/schema): labels and relationship types with their counts, and the
 * properties researchers can query with example values. Clicking a name adds it to the end of the query.
 */
import type { StoreSchema } from '../api.js';

const number = new Intl.NumberFormat('en-US');

function examplesText(examples: (string | number)[]): string {
  return examples.length ? `e.g. ${examples.slice(0, 4).map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(', ')}` : '';
}

export function SchemaPanel({ schema, onInsert }: { schema: StoreSchema | null; onInsert: (text: string) => void }) {
  if (!schema) return <p className="muted">Reading the schema…</p>;
  return (
    <div className="schema-panel" data-testid="schema-panel">
      <div className="console-section-title">Labels</div>
      <ul className="console-list">
        {schema.labels.map((l) => (
          <li key={l.name}>
            <details>
              <summary title={l.note}>
                <button type="button" className="link mono" onClick={() => onInsert(`:${l.name}`)}>:{l.name}</button>
                <span className="muted"> {number.format(l.count)}</span>
              </summary>
              <ul className="schema-props">
                {l.properties.map((p) => (
                  <li key={p.key}><span className="mono">{p.key}</span> <span className="muted">{examplesText(p.examples)}</span></li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <div className="console-section-title">Relationship types</div>
      <ul className="console-list">
        {schema.relationshipTypes.map((t) => (
          <li key={t.name} title={`(:${t.from})-[:${t.name}]->(:${t.to})`}>
            <button type="button" className="link mono" onClick={() => onInsert(`:${t.name}`)}>:{t.name}</button>
            {t.count !== undefined && <span className="muted"> {number.format(t.count)}</span>}
            <span className="muted"> {t.from} → {t.to}</span>
          </li>
        ))}
      </ul>
      <div className="console-section-title">Property keys</div>
      <p className="schema-keys mono">{schema.propertyKeys.join(' · ')}</p>
    </div>
  );
}
