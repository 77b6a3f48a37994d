/** A relation's properties as labelled facts (goods, value, quantity, period …), in the order a reader wants them. */
import type { RelationProps } from '../../../server/domain/types.js';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The facts a relation states, each with its label; empty when it states none. */
export function relationFacts(p: RelationProps | Record<string, unknown> | undefined): { label: string; value: string }[] {
  const props = (p ?? {}) as RelationProps;
  const out: { label: string; value: string }[] = [];
  const goods = Array.isArray(props.goods) ? props.goods.filter((g): g is string => typeof g === 'string' && g !== '') : [];
  if (goods.length) out.push({ label: 'Goods', value: goods.join(', ') });
  if (typeof props.valueUsd === 'number' && Number.isFinite(props.valueUsd)) out.push({ label: 'Value', value: usd.format(props.valueUsd) });
  for (const [key, label] of [['quantity', 'Quantity'], ['period', 'Period'], ['program', 'Programme'], ['when', 'When']] as const) {
    const v = text(props[key]);
    if (v) out.push({ label, value: v });
  }
  return out;
}
