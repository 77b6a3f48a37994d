import { grammarOf, textOf } from './tests/extract/grammar/grammar-of.js';
import { readClauses } from './server/extract/grammar/clauses.js';
const g = grammarOf(process.argv.slice(2).join(' '));
for (const s of g.an.sentences) for (const cl of readClauses(g, s)) {
  const roles = Object.entries(cl.roles).map(([k, c]) => `${k}=[${textOf(g, c)}]`).join(' ');
  console.log(`${g.an.tokens[cl.verb].text}(${cl.lemma},${cl.voice}${cl.hedged ? ',hedged' : ''}) subj=[${textOf(g, cl.subj)}](${cl.subjHow}) obj=[${textOf(g, cl.obj)}] ${roles}`);
}
