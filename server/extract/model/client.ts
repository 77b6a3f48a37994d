/**
 * The chat-completions client: the `openai` package pointed at any OpenAI-compatible server (Ollama, llama.cpp's
 * server, vLLM, LM Studio, a hosted API). It retries 429s, 5xx, timeouts and refused connections with backoff
 * (honouring Retry-After), asks for JSON-schema output and falls back to plain JSON when the server refuses the
 * schema, re-asks when an answer cannot be read, keeps at most `concurrency` requests in flight and stops the run
 * once its token budget is spent. Every failure is a ModelError with a plain message.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, BadRequestError } from 'openai';
import type { ModelConfig } from '../../config.js';
import { ModelError } from '../../domain/errors.js';
import { ANSWER_SCHEMA, SYSTEM_PROMPT, userMessage } from './prompt.js';
import { AnswerError, readAnswer, type ModelAnswer } from './read-answer.js';
import type { Piece } from './chunks.js';
import { Slots } from './slots.js';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export interface Completion {
  answer: ModelAnswer;
  usage: Usage;
}

/** The one operation the extractor needs from a model; tests and other transports can supply their own. */
export interface ModelClient {
  readonly model: string;
  complete(piece: Piece, part: number, parts: number): Promise<Completion>;
  /** Tokens spent so far in this run. */
  readonly spent: Usage;
}

function explain(e: unknown, cfg: ModelConfig): ModelError {
  if (e instanceof ModelError) return e;
  const tries = cfg.retries ? ` (tried ${cfg.retries + 1} times)` : '';
  if (e instanceof APIConnectionTimeoutError) {
    return new ModelError('model_timeout', `the model endpoint ${cfg.baseUrl} did not answer within ${cfg.timeoutMs} ms${tries}`);
  }
  if (e instanceof APIConnectionError) {
    // fetch wraps the socket error: "fetch failed" caused by ECONNREFUSED, ENOTFOUND, "bad port", ...
    const cause = e.cause as { cause?: { code?: string; message?: string }; code?: string } | undefined;
    const code = cause?.cause?.code ?? cause?.code ?? cause?.cause?.message;
    return new ModelError('model_unreachable', `cannot reach the model endpoint ${cfg.baseUrl}${code ? ` (${code})` : ''}${tries}; is the model server running?`);
  }
  if (e instanceof APIError) {
    // A wrong key, model name or path fails every request alike: the run stops rather than fail article by article.
    if (e.status === 401 || e.status === 403 || e.status === 404) {
      const what = e.status === 404 ? `is MODEL_NAME "${cfg.name}" served there, and is the /v1 path right?` : 'check MODEL_API_KEY';
      return new ModelError('model_rejected', `the model endpoint ${cfg.baseUrl} answered ${e.status} (${what}): ${e.message.slice(0, 300)}`);
    }
    return new ModelError('model_error', `the model endpoint ${cfg.baseUrl} answered ${e.status ?? 'an error'}: ${e.message.slice(0, 300)}`);
  }
  if (e instanceof AnswerError) return new ModelError('model_answer', `the model's answer could not be read${tries}: ${e.message}`);
  return new ModelError('model_error', `the model request failed: ${(e as Error)?.message ?? String(e)}`);
}

/** A client for one run: its token count and budget start at zero. */
export function createModelClient(cfg: ModelConfig): ModelClient {
  const api = new OpenAI({ baseURL: cfg.baseUrl, apiKey: cfg.apiKey, timeout: cfg.timeoutMs, maxRetries: cfg.retries });
  const slots = new Slots(cfg.concurrency);
  const spent: Usage = { promptTokens: 0, completionTokens: 0 };
  // Whether the server takes a JSON schema: learned from the first refusal, for the rest of the run.
  let structured = cfg.structured !== 'off';

  const overBudget = () => cfg.tokenBudget > 0 && spent.promptTokens + spent.completionTokens >= cfg.tokenBudget;

  async function ask(piece: Piece, part: number, parts: number): Promise<string> {
    const request = {
      model: cfg.name,
      temperature: 0,
      messages: [
        { role: 'system' as const, content: SYSTEM_PROMPT },
        { role: 'user' as const, content: userMessage(piece.text, piece.form, part, parts) },
      ],
    };
    let res;
    try {
      res = structured
        ? await api.chat.completions.create({
            ...request,
            response_format: { type: 'json_schema', json_schema: { name: 'graph', strict: true, schema: ANSWER_SCHEMA as unknown as Record<string, unknown> } },
          })
        : await api.chat.completions.create(request);
    } catch (e) {
      // A server without schema support says so with a 400 (or 422); ask again without the schema, once.
      if (!structured || cfg.structured === 'on' || !(e instanceof BadRequestError || (e instanceof APIError && e.status === 422))) throw e;
      structured = false;
      res = await api.chat.completions.create(request);
    }
    const content = res.choices[0]?.message?.content ?? '';
    // Servers that report no usage are charged an estimate (about four characters a token), so the budget holds.
    spent.promptTokens += res.usage?.prompt_tokens ?? Math.ceil((SYSTEM_PROMPT.length + piece.text.length) / 4);
    spent.completionTokens += res.usage?.completion_tokens ?? Math.ceil(content.length / 4);
    // Cut at the token limit: what came is a fragment, and mending it would silently lose relations. Asking again
    // would only cut it again.
    if (res.choices[0]?.finish_reason === 'length') {
      throw new ModelError('model_answer', `the model's answer was cut short at its output token limit; lower MODEL_CHUNK_CHARS or raise the server's limit`);
    }
    return content;
  }

  return {
    model: cfg.name,
    spent,
    complete(piece, part, parts) {
      return slots.run(async () => {
        const before = { ...spent };
        let last: unknown;
        for (let attempt = 0; attempt <= cfg.retries; attempt++) {
          if (overBudget()) throw new ModelError('model_budget', `the token budget of this run (${cfg.tokenBudget}) is spent`);
          try {
            const answer = readAnswer(await ask(piece, part, parts));
            return { answer, usage: { promptTokens: spent.promptTokens - before.promptTokens, completionTokens: spent.completionTokens - before.completionTokens } };
          } catch (e) {
            // Transport errors were already retried by the client library; only unreadable answers are asked again.
            if (!(e instanceof AnswerError)) throw explain(e, cfg);
            last = e;
          }
        }
        throw explain(last, cfg);
      });
    },
  };
}
