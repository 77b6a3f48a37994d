import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { PathQueryString, PathsAnswer, csv, errors } from '../api/contract.js';
import { DEFAULT_MAX_HOPS } from '../domain/hop-limits.js';

export default async function paths(app: App) {
  app.get('/api/paths', {
    schema: {
      summary: 'The shortest supply chains from a supplier to a buyer, each hop with its evidence',
      description: 'Ranked by hops, then support, then sources summed over the hops, then the names along the chain.',
      querystring: PathQueryString,
      response: {
        200: PathsAnswer,
        400: errors[400], 404: errors[404],
      },
    },
  }, async (req) => {
    const q = req.query;
    // One read resolves both ends and searches between them (on Neo4j one transaction).
    const { from, to, paths: found } = await app.store.pathsBetween(q.from, q.to, {
      maxHops: q.maxHops ?? DEFAULT_MAX_HOPS, limit: q.limit ?? 10, types: csv(q.types) ?? [], minSources: q.minSources ?? 0,
    });
    if (!from) throw new InputError('not_found', `no entity matches from="${q.from}"`, 404);
    if (!to) throw new InputError('not_found', `no entity matches to="${q.to}"`, 404);
    if (from.id === to.id) throw new InputError('bad_request', `from and to are the same entity (${from.name})`, 400);
    return { from, to, paths: found };
  });
}
