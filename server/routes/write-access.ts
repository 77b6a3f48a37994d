/**
 * Who may write. Reads are open to anyone who can reach the server; writes (adding documents, corrections) need the
 * WRITE_TOKEN as a bearer token, except on a server that listens on loopback only and has no token set (one person
 * on their own machine). A server on any other interface without a token accepts no writes at all.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export type WriteAccess = 'open' | 'token' | 'closed';

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|localhost|::ffff:127(\.\d{1,3}){3})$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

export function writeAccess(config: Pick<Config, 'host' | 'writeToken'>): WriteAccess {
  if (config.writeToken) return 'token';
  return isLoopback(config.host) ? 'open' : 'closed';
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** An onRequest hook for write routes: 401 before the body is read, so a refused write changes nothing. */
export function requireWriter(config: Pick<Config, 'host' | 'writeToken'>) {
  const access = writeAccess(config);
  const want = digest(config.writeToken);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (access === 'open') return;
    reply.header('www-authenticate', 'Bearer realm="writes"');
    if (access === 'closed') {
      return reply.code(401).send({ error: 'writes_disabled', message:
        `this server listens on ${config.host} and has no WRITE_TOKEN set, so it accepts no writes; set WRITE_TOKEN (or listen on 127.0.0.1)` });
    }
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (!m) return reply.code(401).send({ error: 'unauthorized', message: 'writing needs the write token: send the header "Authorization: Bearer <WRITE_TOKEN>"' });
    if (!timingSafeEqual(digest(m[1].trim()), want)) return reply.code(401).send({ error: 'unauthorized', message: 'the write token is wrong' });
  };
}
