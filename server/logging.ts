/**
 * The server's log: one line per request at `info`, readable in a terminal (pino-pretty) and pino's JSON lines
 * otherwise, as LOG_FORMAT chooses (by default: pretty on a TTY, JSON when piped or collected).
 */
import type { Writable } from 'node:stream';
import pinoPretty from 'pino-pretty';
import type { Config } from './config.js';

/** Fastify's `logger` option for the configured format; `destination` defaults to stdout. */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'logFormat'>, destination?: Writable): object {
  if (config.logFormat === 'json') return { level: config.logLevel, ...(destination ? { stream: destination } : {}) };
  const stream = pinoPretty({
    colorize: destination ? false : Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId,req,res,responseTime',
    singleLine: true,
    ...(destination ? { destination, sync: true } : {}),
  });
  return { level: config.logLevel, stream };
}
