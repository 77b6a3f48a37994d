/**
 * Neo4j's Cypher language support in a Web Worker: its parser is 6.5 MB of script, so the page and the editor come
 * up without it and stay responsive while it loads and while it parses each keystroke. Answers highlight, complete
 * and lint requests (see language-protocol.ts, sent by cypher-language.ts) with plain, cloneable values.
 */
import { autocomplete, highlightSyntax, lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import type { LanguageRequest, LanguageResponse, WorkerCompletion, WorkerDiagnostic, WorkerToken } from './language-protocol.js';

function answer(req: LanguageRequest): WorkerToken[] | WorkerCompletion[] | WorkerDiagnostic[] {
  const schema = req.schema as DbSchema;
  if (req.op === 'highlight') {
    return highlightSyntax(req.doc).map((t) => ({ from: t.position.startOffset, length: t.length, type: String(t.tokenType) }));
  }
  if (req.op === 'complete') {
    return autocomplete(req.doc, schema, { caretPosition: req.pos ?? req.doc.length, manual: req.explicit ?? false }).map((it) => ({
      label: it.insertText ?? it.label, kind: it.kind ?? 0, detail: it.detail,
      documentation: typeof it.documentation === 'string' ? it.documentation : undefined,
    }));
  }
  return lintCypherQuery(req.doc, schema).diagnostics.map((d) => ({
    from: d.offsets.start, to: d.offsets.end, error: d.severity === 1,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

self.onmessage = (e: MessageEvent<LanguageRequest>) => {
  let out: LanguageResponse;
  try {
    out = { id: e.data.id, result: answer(e.data) };
  } catch (err) {
    out = { id: e.data.id, error: String(err) };
  }
  (self as unknown as Worker).postMessage(out);
};
