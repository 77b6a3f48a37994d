/** The parameters panel: the query's `$names` and their values as JSON, checked as they are typed. */
import { useMemo } from 'react';

/** The `$names` a query uses, in order of first use (strings and comments are skipped). */
export function queryParameterNames(query: string): string[] {
  const stripped = query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' ');
  return [...new Set([...stripped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}

/** Parses the panel's JSON; an error message when it is not an object. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (!text.trim()) return { params: {} };
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: 'Parameters must be a JSON object, e.g. {"country": "RU"}.' };
    return { params: v as Record<string, unknown> };
  } catch (err) {
    return { error: `Not valid JSON: ${(err as Error).message}` };
  }
}

export function ParamsPanel({ query, text, onChange }: { query: string; text: string; onChange: (text: string) => void }) {
  const names = useMemo(() => queryParameterNames(query), [query]);
  const parsed = useMemo(() => parseParams(text), [text]);
  const missing = 'params' in parsed ? names.filter((n) => !(n in parsed.params)) : [];
  const addMissing = () => {
    if (!('params' in parsed)) return;
    const next = { ...parsed.params };
    for (const n of missing) next[n] = '';
    onChange(JSON.stringify(next, null, 2));
  };
  return (
    <section className="params-panel" aria-label="Parameters">
      <div className="console-section-title">
        Parameters
        {names.length > 0 && <span className="muted"> · {names.map((n) => `$${n}`).join(', ')}</span>}
      </div>
      <textarea
        className="params-input"
        data-testid="cypher-params"
        spellCheck={false}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        placeholder={'{"country": "RU"}'}
        rows={3}
        aria-invalid={'error' in parsed}
      />
      {'error' in parsed && <p className="params-error" role="alert">{parsed.error}</p>}
      {missing.length > 0 && (
        <p className="params-missing">
          No value for {missing.map((n) => `$${n}`).join(', ')}.{' '}
          <button type="button" className="link" onClick={addMissing}>Add</button>
        </p>
      )}
    </section>
  );
}
