import { extractArticles } from './server/extract/index.js';
const text = process.argv.slice(2).join(' ');
const x = extractArticles([{ id: 't.txt', text }]);
const n = Object.fromEntries(x.entities.map((e: any) => [e.id, e.name]));
console.log(x.entities.map((e: any) => `${e.name}:${e.kind}`).join(' | '));
for (const r of x.relations) console.log('  ', r.type, n[r.source], '->', n[r.target], r.evidence[0]?.rule);
