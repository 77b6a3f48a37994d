/** The article record of an input: its text as given; what the caller says wins, the text fills the rest (article-meta.ts). */
import type { Article } from '../domain/types.js';
import { articleMeta } from './article-meta.js';
import type { CleanText } from './clean.js';

export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** The Article for `input`, whose cleaned text is `clean`: headline, outlet and dateline from the text where the input has none. */
export function articleOf(input: ArticleInput, clean: CleanText): Article {
  const own = articleMeta(clean);
  const article: Article = { id: input.id, title: input.title ?? own.title, text: clean.source };
  const source = input.source ?? own.source;
  const publishedAt = input.publishedAt ?? own.publishedAt;
  if (source) article.source = source;
  if (input.url) article.url = input.url;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}
