/** Articles fetched once per page: quotes in context, the path finder and the article view all read the same texts. */
import { useEffect, useState } from 'react';
import { getArticle, type ArticleDetail } from '../api.js';
import { onGraphChange, useGraphVersion } from './graph-version.js';

const cache = new Map<string, Promise<ArticleDetail>>();
// A correction changes what an article's mentions point to (a merge, a rename): read the texts again.
onGraphChange(() => cache.clear());

/** The article, from the cache or the API; a failed fetch is forgotten so that a later call tries again. */
export function loadArticle(id: string): Promise<ArticleDetail> {
  let p = cache.get(id);
  if (!p) {
    p = getArticle(id);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

/** The articles among `ids` loaded so far (at most `max` are fetched); missing ones simply stay absent. */
export function useArticles(ids: readonly string[], max = 30): ReadonlyMap<string, ArticleDetail> {
  const key = [...new Set(ids)].slice(0, max).join('\n');
  const [got, setGot] = useState<ReadonlyMap<string, ArticleDetail>>(new Map());
  const version = useGraphVersion();
  useEffect(() => {
    let live = true;
    const want = key ? key.split('\n') : [];
    Promise.allSettled(want.map(loadArticle)).then((results) => {
      if (!live) return;
      setGot(new Map(results.flatMap((r) => (r.status === 'fulfilled' ? [[r.value.id, r.value] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [key, version]);
  return got;
}
