/** The article record of an input: its text as given; what the caller says wins, the text fills the rest (article-meta.ts). */
import { optionalMeta, type Article, type ArticleMeta } from '../domain/types.js';
import { articleMeta } from './article-meta.js';
import type { CleanText } from './clean.js';

/** An article as given to the extractor: its id and text, and whatever metadata the caller knows. */
export interface ArticleInput extends Partial<ArticleMeta> {
  id: string;
  text: string;
}

/** The Article for `input`, whose cleaned text is `clean`: headline, outlet and dateline from the text where the input has none. */
export function articleOf(input: ArticleInput, clean: CleanText): Article {
  const own = articleMeta(clean);
  return {
    id: input.id, title: input.title ?? own.title, text: clean.source,
    ...optionalMeta({ ...own, ...optionalMeta(input) }),
  };
}
