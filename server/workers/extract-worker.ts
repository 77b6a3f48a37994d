/** Worker thread: runs the costly per-article stage of extraction (analyseArticle) for the pool in extract-pool.ts. */
import { parentPort } from 'node:worker_threads';
import { InputError } from '../domain/errors.js';
import { analyseArticle, combineArticles, type ArticleInput } from '../extract/index.js';

/** 'analyse': the per-article stage only; 'extract': a whole one-article batch, resolution included. */
export interface Task {
  id: number;
  kind: 'analyse' | 'extract';
  input: ArticleInput;
}

export type Reply =
  | { id: number; ok: true; result: ReturnType<typeof analyseArticle> | ReturnType<typeof combineArticles> }
  | { id: number; ok: false; error: { message: string; input?: { code: string; status: InputError['status'] } } };

parentPort!.on('message', (t: Task) => {
  let reply: Reply;
  try {
    const analysed = analyseArticle(t.input);
    const result = t.kind === 'extract' ? combineArticles([analysed]) : analysed;
    // The article's text is the input's, which the pool still holds and puts back (withText): not copied back, it
    // was a third to half of a reply's bytes, cloned on the main thread.
    analysed.article.text = '';
    reply = { id: t.id, ok: true, result };
  } catch (e) {
    const err = e as Error;
    reply = { id: t.id, ok: false, error: { message: err.message, input: e instanceof InputError ? { code: e.code, status: e.status } : undefined } };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
