/** Builds the Fastify application. Never listens: main.ts does, tests use `inject` or listen on port 0. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyBaseLogger, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Config } from './config.js';
import { BusyError, ForbiddenError, InputError, ModelError, StoreError, TimeoutError } from './domain/errors.js';
import { configuredBatchExtractor } from './extract/extractor.js';
import { Ingestor, inlineExtractor } from './ingest.js';
import type { GraphStore } from './store/graph-store.js';
import health from './routes/health.js';
import graph from './routes/graph.js';
import entities from './routes/entities.js';
import articles from './routes/articles.js';
import paths from './routes/paths.js';
import cypher from './routes/cypher.js';
import exportRoutes from './routes/export.js';
import snapshots from './routes/snapshots.js';
import corrections from './routes/corrections.js';
import access from './routes/access.js';
import documents from './routes/documents.js';
import { Corrector } from './corrections/corrector.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyInstance {
    store: GraphStore;
    config: Config;
    /** Archives and loads articles (server/ingest.ts); the one way articles enter the store. */
    ingest: Ingestor;
    /** Makes a person's corrections (server/corrections/). */
    corrector: Corrector;
  }
}

export interface BuildOptions {
  store: GraphStore;
  config: Config;
  /** Pino logger options; `false` for silence in tests. */
  logger?: boolean | object;
  /** The archive and the extraction pool behind POST /api/articles; default: no archive, extraction on this thread. */
  ingestor?: Ingestor;
}

/** Maps any thrown error to an HTTP status and a body that never carries internals. */
export function toHttpError(err: unknown): { status: number; body: { error: string; message: string } } {
  if (err instanceof InputError) return { status: err.status, body: { error: err.code, message: err.message } };
  if (err instanceof ForbiddenError) return { status: 403, body: { error: err.code, message: err.message } };
  if (err instanceof TimeoutError) return { status: 408, body: { error: 'timeout', message: err.message } };
  // Model errors name the endpoint's trouble, never internals: the operator configured that endpoint.
  if (err instanceof ModelError) return { status: err.code === 'model_unreachable' || err.code === 'model_rejected' ? 503 : 502, body: { error: err.code, message: err.message } };
  if (err instanceof BusyError) return { status: 503, body: { error: 'busy', message: err.message } };
  if (err instanceof StoreError) {
    return err.userFacing
      ? { status: 400, body: { error: err.code, message: err.message } }
      : { status: 503, body: { error: 'store_error', message: 'the graph database failed to answer; try again' } };
  }
  const fe = err as FastifyError;
  if (fe?.validation) {
    const where = fe.validationContext ?? 'request';
    return { status: 400, body: { error: 'bad_request', message: `${where}${fe.message.startsWith(where) ? fe.message.slice(where.length) : ': ' + fe.message}` } };
  }
  const status = fe?.statusCode;
  if (status && status >= 400 && status < 500) {
    const code = ({
      FST_ERR_CTP_BODY_TOO_LARGE: 'too_large', FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
      FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body', FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
    } as Record<string, string>)[fe.code ?? ''] ?? (status === 400 && /JSON/i.test(fe.message) ? 'invalid_json' : 'bad_request');
    return { status, body: { error: code, message: fe.message } };
  }
  return { status: 500, body: { error: 'internal', message: 'internal error' } };
}

export async function buildApp({ store, config, logger = false, ingestor }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // The API speaks JSON only: a text/plain body gets a clear 415 instead of a confusing schema error.
  app.removeContentTypeParser('text/plain');

  app.decorate('store', store);
  app.decorate('config', config);
  const ingest = ingestor ?? new Ingestor(store, null, inlineExtractor, configuredBatchExtractor(config));
  app.decorate('ingest', ingest);
  app.decorate('corrector', new Corrector(store, ingest.corrections, (fn) => ingest.exclusive(fn)));

  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toHttpError(err);
    if (status >= 500 && !(err instanceof BusyError)) req.log.error({ err }, 'request failed');
    if (err instanceof BusyError) reply.header('retry-after', String(err.retryAfterS));
    reply.code(status).send(body);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Supply-chain graph explorer API', version: '0.1.0',
        description: 'Entities, supply relations and the quotes that state them.' },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(health);
  await app.register(graph);
  await app.register(entities);
  await app.register(articles);
  await app.register(paths);
  await app.register(cypher);
  await app.register(exportRoutes);
  await app.register(snapshots);
  await app.register(corrections);
  await app.register(access);
  await app.register(documents);

  const hasClient = existsSync(join(config.clientDir, 'index.html'));
  if (hasClient) await app.register(fastifyStatic, { root: config.clientDir, wildcard: false });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasClient) {
      return reply.code(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
    }
    return reply.type('text/html').sendFile('index.html');
  });

  return app as unknown as App;
}
