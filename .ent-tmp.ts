import { readFileSync } from 'node:fs';
import { extractArticles } from './server/extract/index.js';
const [file, ...terms] = process.argv.slice(2);
const path = file.includes('/') ? file : '../shared/corpus/dev/' + file;
const text = readFileSync(path, 'utf8');
const out = extractArticles([{ id: file, text }]);
if (!terms.length) for (const e of out.entities) console.log(e.kind.padEnd(12), e.name, e.aliases.length ? JSON.stringify(e.aliases) : '');
for (const t of terms) {
  let i = -1;
  while ((i = text.indexOf(t, i + 1)) >= 0) console.log('>>', JSON.stringify(text.slice(Math.max(0, i - 150), i + 120)));
}
