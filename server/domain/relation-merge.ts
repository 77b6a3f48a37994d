/** How two statements of one relation fold together: the store's upsert and a merge correction do it alike. */
import type { Evidence, RelationProps } from './types.js';

/** One evidence entry per place in an article: the same span read twice is one entry. */
export const evidenceKey = (x: Pick<Evidence, 'article' | 'start' | 'end'>) => `${x.article}:${x.start}:${x.end}`;

/** How many goods extraction keeps on one relation. */
export const MAX_GOODS = 12;

/**
 * `a`'s props win, `b` fills the gaps; goods are the union of both (extraction keeps the first `maxGoods`, so one
 * relation stated in many articles stays readable); empty values are dropped.
 */
export function mergeProps(a: RelationProps, b: RelationProps, maxGoods = Infinity): RelationProps {
  const out: RelationProps = { ...b, ...a };
  const goods = [...new Set([...(a.goods ?? []), ...(b.goods ?? [])])].slice(0, maxGoods);
  if (goods.length) out.goods = goods;
  for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === null) delete out[k];
  return out;
}
