/** The article record of an input: its text as given, and a title from the input or its first block. */
import type { Article } from '../domain/types.js';
import type { CleanText } from './clean.js';

export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

function titleOf(clean: CleanText): string {
  const b = clean.blocks[0];
  if (!b) return clean.text.trim().split('\n')[0].slice(0, 200);
  return clean.text.slice(b.start, Math.min(b.end, b.start + 200)).replace(/\s+/g, ' ').trim();
}

/** The Article for `input`, whose cleaned text is `clean`. */
export function articleOf(input: ArticleInput, clean: CleanText): Article {
  const article: Article = { id: input.id, title: input.title ?? titleOf(clean), text: clean.source };
  if (input.source) article.source = input.source;
  if (input.url) article.url = input.url;
  if (input.publishedAt) article.publishedAt = input.publishedAt;
  return article;
}
