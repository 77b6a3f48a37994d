/** The extraction pipeline's entry point. Placeholder until the real pipeline lands (issue 3). */
import type { Article, Extraction } from '../domain/types.js';

export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Extracts entities, relations and mentions from a set of articles, resolving entities across all of them. */
export function extractArticles(inputs: ArticleInput[]): Extraction {
  const articles: Article[] = inputs.map((a) => ({ ...a, title: a.title ?? a.text.trim().split('\n')[0].slice(0, 200) }));
  return { articles, entities: [], relations: [], mentions: [] };
}
