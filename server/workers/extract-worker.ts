/** Worker thread: runs the costly per-article stage of extraction (analyseArticle) for the pool in extract-pool.ts. */
import { parentPort } from 'node:worker_threads';
import { InputError } from '../domain/errors.js';
import { analyseArticle, type ArticleInput } from '../extract/index.js';

export interface Task {
  id: number;
  input: ArticleInput;
}

export type Reply =
  | { id: number; ok: true; result: ReturnType<typeof analyseArticle> }
  | { id: number; ok: false; error: { message: string; input?: { code: string; status: InputError['status'] } } };

parentPort!.on('message', (t: Task) => {
  let reply: Reply;
  try {
    reply = { id: t.id, ok: true, result: analyseArticle(t.input) };
  } catch (e) {
    const err = e as Error;
    reply = { id: t.id, ok: false, error: { message: err.message, input: e instanceof InputError ? { code: e.code, status: e.status } : undefined } };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
