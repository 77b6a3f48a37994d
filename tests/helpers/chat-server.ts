/**
 * A chat-completions server on loopback for tests: it records every request it is sent and answers each with the
 * reply a test script gives (a recorded answer, an error status, a delay), in the OpenAI response shape.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
}

export interface Reply {
  status?: number;
  /** The assistant message's content (status 200). */
  content?: string;
  /** A raw body instead (error statuses). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to test timeouts). */
  delayMs?: number;
  /** Token counts to report; null reports none (some servers do not). */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  /** `length` when the answer was cut at the output limit. */
  finishReason?: string;
}

export interface ChatServer {
  baseUrl: string;
  requests: ChatRequest[];
  /** The user message of every request, in order. */
  userMessages(): string[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts a server whose n-th request (0-based) is answered by `script(request, n)`. */
export async function startChatServer(script: (req: ChatRequest, n: number) => Reply): Promise<ChatServer> {
  const requests: ChatRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const body = JSON.parse(await readBody(req)) as ChatRequest;
    const n = requests.length;
    requests.push(body);
    const r = script(body, n);
    if (r.delayMs) await new Promise((ok) => setTimeout(ok, r.delayMs));
    if (res.destroyed) return;
    const status = r.status ?? 200;
    const payload = status === 200
      ? {
          id: `chatcmpl-${n}`, object: 'chat.completion', created: 0, model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: r.content ?? '' }, finish_reason: r.finishReason ?? 'stop' }],
          ...(r.usage === null ? {} : { usage: { ...(r.usage ?? { prompt_tokens: 100, completion_tokens: 20 }), total_tokens: (r.usage?.prompt_tokens ?? 100) + (r.usage?.completion_tokens ?? 20) } }),
        }
      : r.body ?? { error: { message: `status ${status}` } };
    res.writeHead(status, { 'content-type': 'application/json', ...r.headers }).end(JSON.stringify(payload));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    userMessages: () => requests.map((r) => r.messages.find((m) => m.role === 'user')?.content ?? ''),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
