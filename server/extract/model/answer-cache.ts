/**
 * Model answers on disk, keyed by (hash of the text sent, model, prompt version), so loading the same articles
 * again costs no tokens. One small JSON file per piece; written to a temporary name and renamed, so a crash never
 * leaves half a file for the next run to read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROMPT_VERSION } from './prompt.js';
import type { ModelAnswer } from './read-answer.js';
import type { Piece } from './chunks.js';

export interface AnswerCache {
  get(piece: Piece): ModelAnswer | undefined;
  set(piece: Piece, answer: ModelAnswer): void;
}

/** A cache under `dir` for answers of `model`; `dir` empty gives a cache that keeps nothing. */
export function answerCache(dir: string, model: string): AnswerCache {
  if (!dir) return { get: () => undefined, set: () => undefined };
  const file = (p: Piece) => {
    const h = createHash('sha256').update(p.form).update('\0').update(p.text).update('\0').update(model).update('\0').update(PROMPT_VERSION);
    return join(dir, `${h.digest('hex').slice(0, 32)}.json`);
  };
  let made = false;
  return {
    get(piece) {
      try {
        const v = JSON.parse(readFileSync(file(piece), 'utf8'));
        return v && Array.isArray(v.entities) && Array.isArray(v.relations) ? (v as ModelAnswer) : undefined;
      } catch {
        return undefined;
      }
    },
    set(piece, answer) {
      if (!made) mkdirSync(dir, { recursive: true });
      made = true;
      const f = file(piece);
      const tmp = `${f}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(answer));
      renameSync(tmp, f);
    },
  };
}
