/** Builds the Fastify application. Never listens: main.ts does, tests use `inject` or listen on port 0. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyBaseLogger, type RawServerDefault } from 'fastify';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import compress from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';
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
import schema from './routes/schema.js';
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
      FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long', FST_ERR_BAD_URL: 'bad_url',
    } as Record<string, string>)[fe.code ?? ''] ?? (status === 400 && /JSON/i.test(fe.message) ? 'invalid_json' : 'bad_request');
    return { status, body: { error: code, message: fe.message } };
  }
  return { status: 500, body: { error: 'internal', message: 'internal error' } };
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers over 16 KB, a malformed request line, a client
 * too slow to send its headers), answered in the app's error shape instead of Fastify's default body.
 */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const [status, body] = err.code === 'HPE_HEADER_OVERFLOW'
    ? [431, { error: 'headers_too_large', message: 'the request headers (with the URL) are over 16 KB' }]
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, { error: 'timeout', message: 'the request was not received in time' }]
      : [400, { error: 'bad_request', message: 'the request could not be parsed as HTTP' }];
  const text = JSON.stringify(body);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status as number]}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}

export async function buildApp({ store, config, logger = false, ingestor }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    // Ids may be 300 characters, up to three times that once percent-encoded.
    routerOptions: { maxParamLength: 1024 },
    // The router's own refusals (a malformed or over-long path segment) in the app's error shape.
    frameworkErrors: (err, _req, reply) => {
      const { status, body } = toHttpError(err);
      void (reply as unknown as import('fastify').FastifyReply).code(status).send(body);
    },
    clientErrorHandler,
    // Fastify's own request logging writes two lines per request; onResponse below writes one.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // The API speaks JSON only: a text/plain body gets a clear 415 instead of a confusing schema error.
  app.removeContentTypeParser('text/plain');

  app.decorate('store', store);
  app.decorate('config', config);
  const ingest = ingestor ?? new Ingestor(store, null, inlineExtractor, configuredBatchExtractor(config));
  app.decorate('ingest', ingest);
  app.decorate('corrector', new Corrector(store, ingest.corrections, (fn) => ingest.exclusive(fn)));

  app.addHook('onResponse', async (req, reply) => {
    const ms = Math.round(reply.elapsedTime);
    req.log.info({ req: { method: req.method, url: req.url }, res: { statusCode: reply.statusCode }, responseTime: ms },
      `${req.method} ${req.url.length > 200 ? `${req.url.slice(0, 200)}…` : req.url} ${reply.statusCode} ${ms} ms`);
  });

  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toHttpError(err);
    if (status >= 500 && !(err instanceof BusyError)) req.log.error({ err }, 'request failed');
    if (err instanceof BusyError) reply.header('retry-after', String(err.retryAfterS));
    reply.code(status).send(body);
  });

  // JSON answers compressed on the fly (cheap settings: responses are small and many); the client's assets are
  // compressed once at build time (client/precompress.ts) and sent as they are.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
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
  await app.register(schema);
  await app.register(corrections);
  await app.register(access);
  await app.register(documents);

  const hasClient = existsSync(join(config.clientDir, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: config.clientDir,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      // Built assets carry a content hash in their names, so they never change: cached for a year, never revalidated.
      // The page itself is revalidated on every load, so a new build is picked up at once. Source maps, should a
      // development build have left any, are not served.
      allowedPath: (path) => !path.endsWith('.map'),
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || req.method !== 'GET' || !hasClient) {
      return reply.code(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app as unknown as App;
}
