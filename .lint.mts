import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { loadExamples } from './server/cypher-examples.ts';
import { graphSchema } from './client/src/console/cypher-language.ts';
for (const d of ['embedded','neo4j'] as const) for (const ex of loadExamples(d)) {
  const s = graphSchema({});
  const diags = lintCypherQuery(ex.query, s as any).diagnostics;
  console.log(d, ex.name, JSON.stringify(ex.params), diags.map(x => `${x.severity}:${typeof x.message==='string'?x.message:x.message.value}`).join(' | ').slice(0,300));
}
