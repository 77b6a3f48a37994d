import { analyseArticle, combineArticles } from '../server/extract/index.js';
import { newsArticle } from '../bench/news-corpus.js';
import { rng } from '../bench/trade-graph.js';
import { structuredClone as sc } from 'node:util';
const r = rng(21); let text = ''; while (text.length < 1_000_000) text += newsArticle(r) + '\n\n';
const res = analyseArticle({ id: 'x', text });
let t = performance.now(); const cl = structuredClone(res); console.log('clone', (performance.now() - t).toFixed(0));
t = performance.now(); const c = combineArticles([cl]); console.log('combine', (performance.now() - t).toFixed(0), c.extraction.entities.length, c.extraction.relations.length, c.extraction.mentions?.length);
t = performance.now(); structuredClone(c.extraction); console.log('clone extraction', (performance.now() - t).toFixed(0));
