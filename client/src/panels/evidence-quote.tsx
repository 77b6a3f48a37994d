/** One piece of evidence: the quote emphasised inside the sentences around it, and a link into the article. */
import type { ReactNode } from 'react';
import type { ArticleDetail, Evidence } from '../api.js';
import type { ArticleRef } from '../view-state.js';
import { quoteContext } from './quote-context.js';

export interface EvidenceQuoteProps {
  ev: Evidence;
  /** The article's text when loaded; until then (or if it does not match) the quote stands alone. */
  article?: ArticleDetail;
  title?: string;
  /** Characters of context to show on each side, about. */
  context?: number;
  onOpenArticle: (ref: ArticleRef) => void;
  /** Controls about this piece of evidence (rejecting it), after the citation. */
  children?: ReactNode;
}

export function EvidenceQuote({ ev, article, title, context = 160, onOpenArticle, children }: EvidenceQuoteProps) {
  const ctx = article && article.text.slice(ev.start, ev.end) === ev.quote ? quoteContext(article.text, ev.start, ev.end, context) : null;
  const name = title ?? article?.title ?? ev.article;
  // A citation names where and when the article appeared, where that is known.
  const where = [article?.source, article?.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
  return (
    <figure className="evidence" data-article-id={ev.article} data-start={ev.start}>
      <blockquote>
        {ctx ? (
          <>
            {ctx.clippedBefore && <span className="ctx">… </span>}
            {ctx.before && <span className="ctx">{ctx.before}</span>}
            <mark className="quote">{ctx.quote}</mark>
            {ctx.after && <span className="ctx">{ctx.after}</span>}
            {ctx.clippedAfter && <span className="ctx"> …</span>}
          </>
        ) : (
          <mark className="quote">{ev.quote}</mark>
        )}
      </blockquote>
      <figcaption>
        <button
          type="button"
          className="link source-link"
          title={`Open “${name}” at this quote`}
          onClick={() => onOpenArticle({ id: ev.article, start: ev.start, end: ev.end })}
        >
          {name}
        </button>
        {where && <span className="cite-meta">{where}</span>}
        {children}
      </figcaption>
    </figure>
  );
}
