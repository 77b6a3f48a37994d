/** The Cypher editor: one CodeMirror 6 view, created on mount, with Cypher highlighting, completion and lint. */
import { useEffect, useRef } from 'react';
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { cypher, type ConsoleSchema } from './cypher-language.js';

/** An error to mark in the text: the span from `offset`, as the server reported it. */
export interface EditorError {
  offset: number;
  message: string;
  seq: number;
}

export interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl+Enter (Cmd+Enter on a Mac). */
  onRun: () => void;
  schema: ConsoleSchema;
  dialect: string;
  error?: EditorError | null;
}

export function CypherEditor({ value, onChange, onRun, schema, dialect, error }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, onRun, schema, dialect });
  latest.current = { onChange, onRun, schema, dialect };

  useEffect(() => {
    const run = () => {
      latest.current.onRun();
      return true;
    };
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          closeBrackets(),
          placeholder('MATCH (a:Entity)-[r:SHIPPED_TO]->(b:Entity) RETURN a, r, b'),
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run }, { key: 'Shift-Enter', run }])),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
          cypher(() => latest.current.schema, () => latest.current.dialect),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current.onChange(u.state.doc.toString());
          }),
          EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'data-testid': 'cypher-input' }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The view is created once; later values are pushed in by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A value set from outside (an example, the history) replaces the text.
  useEffect(() => {
    const view = viewRef.current!;
    const cur = view.state.doc.toString();
    if (cur !== value) view.dispatch({ changes: { from: 0, to: cur.length, insert: value } });
  }, [value]);

  // The engine's error, marked where it says: from the offset to the end of the word there.
  useEffect(() => {
    const view = viewRef.current!;
    if (!error) return;
    const doc = view.state.doc.toString();
    const from = Math.min(error.offset, doc.length);
    const word = /^[^\s()[\]{},;]*/.exec(doc.slice(from))![0].length;
    const to = Math.min(doc.length, from + Math.max(1, word));
    view.dispatch(setDiagnostics(view.state, [{ from: Math.min(from, to), to, severity: 'error', message: error.message, source: 'engine' }]));
    view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    view.focus();
  }, [error]);

  return <div className="cypher-editor" ref={host} />;
}
