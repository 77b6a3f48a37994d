import { Type } from 'typebox';
import type { App } from '../app.js';
import { loadExamples } from '../cypher-examples.js';
import { CONSOLE_LIMITS } from '../store/console-limits.js';
import { CypherAnswer, CypherExamples, ErrorBody, errors } from '../api/contract.js';

export default async function cypher(app: App) {
  const examples = loadExamples(app.store.kind);

  app.post('/api/cypher', {
    schema: {
      summary: 'Run a read-only Cypher query',
      description:
        'Runs one read query on the store (either dialect) under the configured time limit and row cap. Writes, schema ' +
        'and admin statements, LOAD and file access are refused with 403 and change nothing. Rows are arrays aligned ' +
        'with `columns`; nodes, relationships and paths in them appear as `{_kind: "node"|"relationship"|"path", …}` ' +
        'and, for entities and relations, also in `graph` in the shape of /api/graph. Statements that could exhaust the ' +
        'server are refused with 400 before the database sees them: over 20,000 characters, brackets nested over 32 ' +
        'deep, over 1,000 operators, SKIP over 10,000, range() calls with literal bounds making over 100,000 values.',
      body: Type.Object({
        query: Type.String({ minLength: 1, maxLength: CONSOLE_LIMITS.maxLength }),
        params: Type.Optional(Type.Object({}, {
          additionalProperties: true, maxProperties: 1000, propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 100 },
        })),
      }, { additionalProperties: false }),
      response: {
        200: CypherAnswer,
        400: errors[400], 403: ErrorBody, 408: ErrorBody, 413: errors[413], 415: errors[415], 503: errors[503],
      },
    },
  }, async (req) => {
    const started = performance.now();
    const out = await app.store.cypher({
      query: req.body.query, params: (req.body.params ?? {}) as Record<string, unknown>,
      timeoutMs: app.config.cypherTimeoutMs, rowCap: app.config.cypherRowCap, maxBytes: app.config.cypherMaxBytes,
    });
    return { ...out, elapsedMs: Math.round(performance.now() - started), store: app.store.kind };
  });

  app.get('/api/cypher/examples', {
    schema: {
      summary: "Example queries in the store's dialect",
      response: {
        200: CypherExamples,
      },
    },
  }, async () => ({ store: app.store.kind, items: examples }));
}
