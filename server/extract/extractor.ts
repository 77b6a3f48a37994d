/**
 * The one place the extractor is chosen: the rule extractor (default, needs nothing) or model-assisted extraction
 * (`model` or `hybrid`, needing a configured endpoint). Both give the same extraction shape.
 */
import type { Config, ExtractorKind } from '../config.js';
import { ConfigError } from '../config.js';
import type { Extraction } from '../domain/types.js';
import { extractArticles, type ArticleInput } from './index.js';
import { answerCache } from './model/answer-cache.js';
import { createModelClient, type ModelClient } from './model/client.js';
import { extractWithModel, type ModelProgress, type ModelRunStats } from './model/run.js';

export interface ExtractionRun {
  extraction: Extraction;
  /** Model runs only: requests, cache hits, tokens, relations dropped by grounding, articles left out. */
  model?: ModelRunStats;
}

/** Reads a batch of articles whole: entities resolved across the batch, relations with their evidence. */
export type BatchExtractor = (inputs: ArticleInput[], onProgress?: (p: ModelProgress) => void) => Promise<ExtractionRun>;

export const rulesExtractor: BatchExtractor = async (inputs) => ({ extraction: extractArticles(inputs) });

/**
 * The extractor for `kind` (the configured one by default). Each call of a model extractor is one run with its own
 * token budget. `client` replaces the configured endpoint (tests).
 */
export function createExtractor(config: Pick<Config, 'extractor' | 'model'>, kind: ExtractorKind = config.extractor, client?: ModelClient): BatchExtractor {
  if (kind === 'rules') return rulesExtractor;
  const model = config.model;
  if (!model) throw new ConfigError(`the ${kind} extractor needs MODEL_BASE_URL and MODEL_NAME`);
  return async (inputs, onProgress) => {
    const c = client ?? createModelClient(model);
    const { extraction, stats } = await extractWithModel(inputs, {
      mode: kind, client: c, cache: answerCache(model.cacheDir, c.model), chunkChars: model.chunkChars, overlapChars: model.overlapChars,
      articlesInFlight: model.concurrency * 2, onProgress,
    });
    return { extraction, model: stats };
  };
}

/** The configured model or hybrid extractor, or nothing when the rules read the articles (on the worker pool). */
export function configuredBatchExtractor(config: Pick<Config, 'extractor' | 'model'>): BatchExtractor | undefined {
  return config.extractor === 'rules' ? undefined : createExtractor(config);
}
