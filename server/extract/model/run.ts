/**
 * Model-assisted extraction of a batch of articles, whole (`model`: every article read by the model, piece by
 * piece) or hybrid (`hybrid`: the rules first, then the model on the cue sentences the rules left uncovered).
 * An article counts only when every piece of it was answered: one that fails is left out whole and reported,
 * never half-loaded; an endpoint that cannot be reached or refuses the key or model stops the run, since no
 * article could succeed.
 */
import { ModelError } from '../../domain/errors.js';
import type { Extraction } from '../../domain/types.js';
import { articleOf } from '../article.js';
import { cleanArticle } from '../clean.js';
import { extractArticles, validateArticleText, type ArticleInput } from '../index.js';
import { findMentions } from '../mentions.js';
import { analyse } from '../sentences.js';
import type { AnswerCache } from './answer-cache.js';
import { assemble } from './assemble.js';
import { chunkText, groupSentences, type Piece } from './chunks.js';
import type { ModelClient } from './client.js';
import { uncoveredCueSentences } from './cue-sentences.js';
import { groundArticle, noDrops, type DropCounts, type GroundedArticle, type PreparedArticle } from './ground.js';
import type { ModelAnswer } from './read-answer.js';
import { Slots } from './slots.js';

export interface ModelRunOptions {
  mode: 'model' | 'hybrid';
  client: ModelClient;
  cache: AnswerCache;
  chunkChars: number;
  overlapChars: number;
  /** Articles read and waiting for answers at once. */
  articlesInFlight: number;
  onProgress?: (p: ModelProgress) => void;
}

export interface ModelProgress {
  done: number;
  total: number;
  article: string;
  /** Tokens spent so far in the run. */
  tokens: number;
}

export interface ModelRunStats {
  mode: 'model' | 'hybrid';
  model: string;
  articles: number;
  /** Requests the run needed, and how many of them the cache answered. */
  pieces: number;
  cached: number;
  promptTokens: number;
  completionTokens: number;
  /** Hybrid: sentences with a cue, and those of them sent to the model. */
  cueSentences?: number;
  sentSentences?: number;
  /** Relations the model stated that did not pass grounding, by reason. */
  dropped: DropCounts;
  /** Articles left out whole, with the reason. */
  failed: { id: string; error: ModelError }[];
}

export interface ModelRunResult {
  extraction: Extraction;
  stats: ModelRunStats;
}

function prepare(input: ArticleInput): PreparedArticle {
  validateArticleText(input.text, input.id);
  const clean = cleanArticle(input.text);
  const an = analyse(clean);
  return { article: articleOf(input, clean), clean, an, mentions: findMentions(an) };
}

/** Runs the model over a batch; see the module comment. */
export async function extractWithModel(inputs: ArticleInput[], opts: ModelRunOptions): Promise<ModelRunResult> {
  const { client, cache } = opts;
  const stats: ModelRunStats = {
    mode: opts.mode, model: client.model, articles: inputs.length, pieces: 0, cached: 0, promptTokens: 0, completionTokens: 0,
    dropped: noDrops(), failed: [],
  };
  const spentBefore = { ...client.spent };
  let rules = opts.mode === 'hybrid' ? extractArticles(inputs) : undefined;
  if (rules) {
    stats.cueSentences = 0;
    stats.sentSentences = 0;
  }
  let done = 0;

  // Set by an error that stops the run: articles still waiting for a window slot are not started.
  let stopped = false;
  const one = async (input: ArticleInput): Promise<GroundedArticle | null> => {
    if (stopped) return null;
    const p = prepare(input);
    let pieces: Piece[];
    if (rules) {
      const covered = rules.relations.flatMap((r) => r.evidence.filter((e) => e.article === input.id));
      const sel = uncoveredCueSentences(p.an, covered);
      stats.cueSentences! += sel.cued;
      stats.sentSentences! += sel.uncovered.length;
      pieces = groupSentences(p.clean.text, sel.uncovered, opts.chunkChars);
    } else {
      pieces = chunkText(p.clean.text, p.an.sentences, opts.chunkChars, opts.overlapChars);
    }
    stats.pieces += pieces.length;
    const answers: { answer: ModelAnswer; hint: Piece['hint'] }[] = [];
    try {
      await Promise.all(pieces.map(async (piece, i) => {
        let answer = cache.get(piece);
        if (answer) stats.cached++;
        else {
          answer = (await client.complete(piece, i + 1, pieces.length)).answer;
          cache.set(piece, answer);
        }
        answers[i] = { answer, hint: piece.hint };
      }));
    } catch (e) {
      if (!(e instanceof ModelError) || e.code === 'model_unreachable' || e.code === 'model_rejected') {
        stopped = true;
        throw e;
      }
      stats.failed.push({ id: input.id, error: e });
      return null;
    } finally {
      opts.onProgress?.({ done: ++done, total: inputs.length, article: input.id, tokens: client.spent.promptTokens + client.spent.completionTokens });
    }
    return groundArticle(p, answers, stats.dropped);
  };

  // A few articles ahead of the requests in flight, not all of them: each holds its analysis until grounded.
  const window = new Slots(opts.articlesInFlight);
  const grounded = (await Promise.all(inputs.map((a) => window.run(() => one(a))))).filter((g): g is GroundedArticle => g !== null);
  stats.promptTokens = client.spent.promptTokens - spentBefore.promptTokens;
  stats.completionTokens = client.spent.completionTokens - spentBefore.completionTokens;
  // An article the model failed on is left out of the rules' part too: it is loaded whole or not at all.
  if (rules && stats.failed.length) rules = extractArticles(inputs.filter((a) => !stats.failed.some((f) => f.id === a.id)));
  return { extraction: assemble(grounded, rules), stats };
}
