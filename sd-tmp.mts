// Per-article sanction / subsidiary pairs: gold vs extracted (dev-type sets only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticles } from './server/extract/index.js';
const SUFFIXES = new Set(['co', 'ltd', 'limited', 'corporation', 'corp', 'inc', 'llc', 'llp', 'jsc', 'plc',
  'group', 'company', 'gmbh', 'sa', 'ag', 'oao', 'ooo', 'pao', 'ao', 'lp']);
function norm(s: string) {
  let t = String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let words = t.split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}
const dir = process.argv[2];
const type = process.argv[3] ?? 'SANCTIONED';
const gold = JSON.parse(readFileSync(join(dir, process.argv[4] ?? 'gold.json'), 'utf8'));
for (const [file, g] of Object.entries<any>(gold.articles)) {
  const text = readFileSync(join(dir, file), 'utf8');
  const x = extractArticles([{ id: file, text }]);
  const keys = new Map<string, string>();
  for (const ge of g.entities) for (const n of [ge.name, ...(ge.aliases ?? [])]) keys.set(norm(n), ge.name);
  const gname = (e: any) => { for (const n of [e.name, ...(e.aliases ?? [])]) { const k = keys.get(norm(n)); if (k) return k; } return '?' + e.name; };
  const ents = new Map(x.entities.map((e: any) => [e.id, e]));
  const got = new Map<string, string>();
  for (const r of x.relations) if (r.type === type) got.set(`${gname(ents.get(r.source))}|${gname(ents.get(r.target))}`, r.evidence[0]?.rule ?? '');
  const want = (type === 'SANCTIONED' ? g.sanctions ?? [] : g.subsidiaries ?? []).map((p: any) => type === 'SANCTIONED' ? `${p.by}|${p.target}` : `${p.child}|${p.parent}`);
  const miss = want.filter((w: string) => !got.has(w));
  const extra = [...got.keys()].filter((k) => !want.includes(k));
  if (miss.length || extra.length) console.log(`${file}: want ${want.length}, missed [${miss.join('; ')}] extra [${extra.map((k) => k + ' ' + got.get(k)).join('; ')}]`);
}
