/**
 * Model-assisted extraction end to end: a chat-completions server on loopback answers with recorded responses;
 * articles go through the real app (POST /api/articles) or the ingest path into a real in-memory embedded store.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../../server/config.js';
import { ModelError } from '../../../server/domain/errors.js';
import { createExtractor } from '../../../server/extract/extractor.js';
import { extractArticles } from '../../../server/extract/index.js';
import { normalise } from '../../../server/extract/model/locate-quote.js';
import { ingestArticles } from '../../../server/ingest.js';
import type { GraphStore } from '../../../server/store/graph-store.js';
import { makeTestApp, memoryStore } from '../../helpers/app.js';
import { startChatServer, type ChatServer, type Reply } from '../../helpers/chat-server.js';
import { ARTICLE, ENTITIES, GOOD_ANSWER, GROUNDED, good } from './recorded-answers.js';

function modelConfig(server: ChatServer, over: Partial<ModelConfig> = {}): ModelConfig {
  return {
    baseUrl: server.baseUrl, name: 'recorded-model', apiKey: 'test', timeoutMs: 5000, retries: 2, concurrency: 2, tokenBudget: 0,
    chunkChars: 6000, overlapChars: 600, structured: 'auto', cacheDir: '', ...over,
  };
}

async function storedRelations(store: GraphStore) {
  const ids = (await store.entityPage('', 10_000)).map((e) => e.id);
  return store.relationsFrom(ids);
}

let server: ChatServer | undefined;
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const f of cleanup) await f();
  cleanup = [];
});

async function storeFor(): Promise<GraphStore> {
  const store = await memoryStore();
  cleanup.push(() => store.close());
  return store;
}

describe('model extraction through the app', () => {
  it('loads exactly the grounded relations, each quote exact in the article text, and counts what it dropped', async () => {
    server = await startChatServer(good);
    const { app, store } = await makeTestApp({ config: { extractor: 'model', model: modelConfig(server) } });
    cleanup.push(() => app.close());
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE, title: 'Skyhawk' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ relations: 3 });
    // JSON-schema output was asked for, with the prompt built from the registry.
    expect(server.requests[0].response_format?.type).toBe('json_schema');

    const rels = await storedRelations(store);
    expect(rels.map((r) => `${r.type} ${r.source} -> ${r.target}`).sort()).toEqual([
      'SANCTIONED u-s-treasury -> kronstadt',
      'SHIPPED_TO almaz-trading -> kronstadt',
      'SHIPPED_TO shenzhen-skyhawk-electronics -> almaz-trading',
    ]);
    const article = (await store.listArticles(10, 0))[0];
    const text = (await store.getArticle(article.id))!.text;
    for (const r of rels) {
      expect(r.evidence).toHaveLength(1);
      for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    const quotes = rels.flatMap((r) => r.evidence.map((e) => e.quote));
    // Found across the whitespace and typography differences, quoted as the article has them.
    expect(quotes).toContain('Shenzhen Skyhawk Electronics Co., Ltd. shipped 500 flight controllers worth  $2 million to Almaz Trading LLP\nin March 2024.');
    expect(quotes).toContain('Almaz Trading LLP sold the \u201CSkyhawk\u201D controllers to Kronstadt Group \u2013 a Russian drone maker \u2013 in April 2024.');
    // Properties are read from the quote by the rule extractor's readers.
    expect(rels.find((r) => r.source === 'shenzhen-skyhawk-electronics')!.props).toMatchObject({ valueUsd: 2_000_000 });
  });

  it('reports the drops, requests and tokens of a run', async () => {
    server = await startChatServer(good);
    const store = await storeFor();
    const out = await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }], { extractWith: createExtractor({ extractor: 'model', model: modelConfig(server) }) });
    expect(out.relations).toBe(3);
    expect(out.model).toMatchObject({ pieces: 1, cached: 0, promptTokens: 900, completionTokens: 300, failed: [] });
    expect(out.model!.dropped).toMatchObject({ quote_not_found: 1, end_not_in_quote: 1 });
    expect((await store.counts()).relations).toBe(3);
  });

  it('resolves the model\'s entities across articles and against what the store already holds', async () => {
    const second = 'Kazakh trader under scrutiny\n\nAlmaz Trading, based in Almaty, resold the controllers to Kronstadt Group in May 2024.';
    server = await startChatServer((req) => (req.messages[1].content.includes('Kazakh trader') ? {
      content: JSON.stringify({
        entities: [{ name: 'Almaz Trading', kind: 'company', aliases: [] }, { name: 'Kronstadt Group', kind: 'company', aliases: [] }],
        relations: [{ type: 'SHIPPED_TO', source: 'Almaz Trading', target: 'Kronstadt Group', quote: 'Almaz Trading, based in Almaty, resold the controllers to Kronstadt Group in May 2024.' }],
      }),
    } : good()));
    const store = await storeFor();
    const extractor = createExtractor({ extractor: 'model', model: modelConfig(server) });
    // Loaded one after the other, so the second article's names meet the first's in the store.
    await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }], { extractWith: extractor });
    await ingestArticles(store, [{ id: 'b.txt', text: second }], { extractWith: extractor });
    const ids = (await store.entityPage('', 100)).map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('almaz'))).toEqual(['almaz-trading']);
    const leg = (await storedRelations(store)).find((r) => r.id === 'SHIPPED_TO:almaz-trading->kronstadt')!;
    expect(leg.evidence.map((e) => e.article).sort()).toEqual(['a.txt', 'b.txt']);
    expect(leg.sources).toBe(2);

    // In one batch, the batch resolution joins them before the store sees them.
    const run = await extractor([{ id: 'a.txt', text: ARTICLE }, { id: 'b.txt', text: second }]);
    const almaz = run.extraction.entities.filter((e) => e.id.startsWith('almaz'));
    expect(almaz.map((e) => [e.id, [e.name, ...e.aliases].sort()])).toEqual([['almaz-trading', ['Almaz Trading', 'Almaz Trading LLP']]]);
    expect(run.extraction.relations.find((r) => r.id === 'SHIPPED_TO:almaz-trading->kronstadt')!.evidence).toHaveLength(2);
  });

  it('POST /api/documents reads the file with the model and answers its requests and token counts', async () => {
    server = await startChatServer(good);
    const { app } = await makeTestApp({ config: { extractor: 'model', model: modelConfig(server) } });
    cleanup.push(() => app.close());
    const res = await app.inject({
      method: 'POST', url: '/api/documents?name=skyhawk.txt', payload: Buffer.from(ARTICLE), headers: { 'content-type': 'application/octet-stream' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { model, relations } = res.json();
    expect(relations).toHaveLength(3);
    expect(model).toMatchObject({ name: 'recorded-model', mode: 'model', requests: server.requests.length, cached: 0 });
    expect(model.promptTokens).toBeGreaterThan(0);
    expect(model.completionTokens).toBeGreaterThan(0);
    expect(model.dropped).toBeGreaterThan(0);
  });

  it('without a model configured, POST /api/articles uses the rule extractor as before', async () => {
    const { app, store } = await makeTestApp();
    cleanup.push(() => app.close());
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE } });
    expect(res.statusCode).toBe(201);
    const rules = extractArticles([{ id: 'x', text: ARTICLE }]);
    expect(res.json().relations).toBe(rules.relations.length);
    expect((await storedRelations(store)).map((r) => r.id).sort()).toEqual(rules.relations.map((r) => r.id).sort());
  });
});

describe('what counts as naming an end', () => {
  it('a name the rules resolve (an acronym defined in the text, a demonym) names its entity; a generic alias does not', async () => {
    const text = [
      'Chip trade report',
      'Novaya Elektronnaya Kompaniya (NEK) is a Moscow distributor of electronic components.',
      'In 2023 NEK imported chips worth $1.3 million from Hong Kong trader Jarvis Ltd.',
      'Chinese exporters sold drones to Kronstadt Group in 2024.',
      'The company bought 40 motors from Jarvis Ltd in May.',
    ].join('\n\n');
    server = await startChatServer(() => ({
      content: JSON.stringify({
        entities: [
          { name: 'Novaya Elektronnaya Kompaniya', kind: 'company', aliases: [] },
          { name: 'Jarvis Ltd', kind: 'company', aliases: [] },
          { name: 'China', kind: 'country', aliases: [] },
          { name: 'Kronstadt Group', kind: 'company', aliases: ['the company'] },
        ],
        relations: [
          { type: 'SHIPPED_TO', source: 'Jarvis Ltd', target: 'Novaya Elektronnaya Kompaniya', quote: 'In 2023 NEK imported chips worth $1.3 million from Hong Kong trader Jarvis Ltd.' },
          { type: 'SHIPPED_TO', source: 'China', target: 'Kronstadt Group', quote: 'Chinese exporters sold drones to Kronstadt Group in 2024.' },
          { type: 'SHIPPED_TO', source: 'Jarvis Ltd', target: 'Kronstadt Group', quote: 'The company bought 40 motors from Jarvis Ltd in May.' },
        ],
      }),
    }));
    const run = await createExtractor({ extractor: 'model', model: modelConfig(server) })([{ id: 'n.txt', text }]);
    // The rules' resolution names the distributor by its most used form, NEK, with the full name as an alias.
    const nek = run.extraction.entities.find((e) => e.name === 'NEK')!;
    expect(nek.aliases).toContain('Novaya Elektronnaya Kompaniya');
    expect(run.extraction.relations.map((r) => r.id).sort()).toEqual(['SHIPPED_TO:china->kronstadt', `SHIPPED_TO:jarvis->${nek.id}`]);
    expect(run.model!.dropped.end_not_in_quote).toBe(1);
  });
});

describe('model answers that need care', () => {
  const run = async (script: (n: number) => Reply, over: Partial<ModelConfig> = {}) => {
    server = await startChatServer((_, n) => script(n));
    const store = await storeFor();
    const out = await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }], { extractWith: createExtractor({ extractor: 'model', model: modelConfig(server, over) }) });
    return { out, store };
  };

  it('reads JSON inside a code fence with a trailing comma', async () => {
    const { out } = await run(() => ({ content: 'Here you are:\n```json\n' + GOOD_ANSWER.replace(/\]\}$/, '],}') + '\n```' }));
    expect(server!.requests).toHaveLength(1);
    expect(out.relations).toBe(3);
  });

  it('asks again when an answer is not JSON at all', async () => {
    const { out } = await run((n) => (n === 0 ? { content: 'I am sorry, I cannot help with that.' } : good()));
    expect(server!.requests).toHaveLength(2);
    expect(out.relations).toBe(3);
  });

  it('leaves out an article whose answers stay unreadable, and loads the others whole', async () => {
    server = await startChatServer((req) => (req.messages[1].content.includes('Kronstadt') ? { content: '{"entities": [' } : { content: '{"entities": [], "relations": []}' }));
    const store = await storeFor();
    const other = 'Almaty news\n\nThe city council met on Monday and talked about roads and parks in the region.';
    const out = await ingestArticles(store, [{ id: 'bad.txt', text: ARTICLE }, { id: 'ok.txt', text: other }], {
      extractWith: createExtractor({ extractor: 'model', model: modelConfig(server, { retries: 1 }) }),
    });
    expect(out.model!.failed.map((f) => [f.id, f.error.code])).toEqual([['bad.txt', 'model_answer']]);
    expect(out.articles.map((a) => a.id)).toEqual(['ok.txt']);
    const c = await store.counts();
    expect([c.articles, c.relations]).toEqual([1, 0]);
  });

  it('retries after a 429 and succeeds', async () => {
    const { out } = await run((n) => (n === 0 ? { status: 429, headers: { 'retry-after-ms': '20' }, body: { error: { message: 'slow down' } } } : good()));
    expect(server!.requests).toHaveLength(2);
    expect(out.relations).toBe(3);
  });

  it('retries after a timeout and succeeds', async () => {
    const { out } = await run((n) => (n === 0 ? { ...good(), delayMs: 3000 } : good()), { timeoutMs: 800 });
    expect(server!.requests).toHaveLength(2);
    expect(out.relations).toBe(3);
  });

  it('falls back to plain JSON when the server refuses a JSON schema', async () => {
    server = await startChatServer((req) => (req.response_format ? { status: 400, body: { error: { message: 'response_format not supported' } } } : good()));
    const store = await storeFor();
    const out = await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }], { extractWith: createExtractor({ extractor: 'model', model: modelConfig(server) }) });
    expect(server.requests.map((r) => r.response_format?.type ?? 'none')).toEqual(['json_schema', 'none']);
    expect(out.relations).toBe(3);
  });

  it('a model that never answers in time is a 502 with a plain message, and nothing is loaded', async () => {
    server = await startChatServer(() => ({ ...good(), delayMs: 3000 }));
    const { app, store } = await makeTestApp({ config: { extractor: 'model', model: modelConfig(server, { timeoutMs: 200, retries: 1 }) } });
    cleanup.push(() => app.close());
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE } });
    expect(res.statusCode).toBe(502);
    expect(res.json()).toEqual({ error: 'model_timeout', message: expect.stringMatching(/did not answer within 200 ms/) });
    expect(await store.counts()).toMatchObject({ articles: 0, entities: 0, relations: 0 });
  });

  it('an unreachable endpoint is a clear error and nothing is loaded', async () => {
    const gone = await startChatServer(good);
    await gone.close();
    const store = await storeFor();
    const extractor = createExtractor({ extractor: 'model', model: { ...modelConfig(gone), retries: 0 } });
    const err = await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }, { id: 'b.txt', text: ARTICLE + '\nMore.' }], { extractWith: extractor }).catch((e) => e);
    expect(err).toBeInstanceOf(ModelError);
    expect(err.code).toBe('model_unreachable');
    expect(err.message).toMatch(/cannot reach the model endpoint http:\/\/127\.0\.0\.1:\d+\/v1 \(ECONNREFUSED\)/);
    expect((await store.counts()).articles).toBe(0);
  });

  it('a wrong model name stops the run with a message naming MODEL_NAME', async () => {
    server = await startChatServer(() => ({ status: 404, body: { error: { message: 'model "nope" not found, try pulling it first' } } }));
    const store = await storeFor();
    const extractor = createExtractor({ extractor: 'model', model: modelConfig(server, { name: 'nope' }) });
    const err = await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }, { id: 'b.txt', text: ARTICLE + '\nMore.' }], { extractWith: extractor }).catch((e) => e);
    expect(err).toBeInstanceOf(ModelError);
    expect(err.code).toBe('model_rejected');
    expect(err.message).toMatch(/answered 404 \(is MODEL_NAME "nope" served there/);
    expect((await store.counts()).articles).toBe(0);
  });

  it('an answer cut at the output limit fails its article without asking again; nothing is loaded', async () => {
    const err = await run(() => ({ content: GOOD_ANSWER.slice(0, 300), finishReason: 'length' })).catch((e) => e);
    expect(server!.requests).toHaveLength(1);
    expect(err).toBeInstanceOf(ModelError);
    expect(err.message).toMatch(/cut short at its output token limit/);
  });

  it('charges an estimate when the server reports no usage, so the budget still holds', async () => {
    const { out } = await run(() => ({ ...good(), usage: null }));
    expect(out.model!.promptTokens).toBeGreaterThan(ARTICLE.length / 4);
    expect(out.model!.completionTokens).toBe(Math.ceil(GOOD_ANSWER.length / 4));
  });

  it('stops at the token budget: articles past it are left out whole', async () => {
    server = await startChatServer(good);
    const store = await storeFor();
    const texts = [ARTICLE, ARTICLE.replace('2023', '2022'), ARTICLE.replace('2023', '2021')];
    const out = await ingestArticles(store, texts.map((text, i) => ({ id: `a${i}.txt`, text })), {
      extractWith: createExtractor({ extractor: 'model', model: modelConfig(server, { tokenBudget: 1000, concurrency: 1 }) }),
    });
    expect(server.requests).toHaveLength(1);
    expect(out.model!.failed.map((f) => f.error.code)).toEqual(['model_budget', 'model_budget']);
    expect((await store.counts()).articles).toBe(1);
  });
});

describe('long articles, cache and hybrid mode', () => {
  it('splits a long article into overlapping pieces and merges what they say', async () => {
    // Each piece is answered with the recorded relations whose quote it contains.
    server = await startChatServer((req) => {
      const sent = normalise(req.messages[1].content).text;
      return { content: JSON.stringify({ entities: ENTITIES, relations: GROUNDED.filter((r) => sent.includes(normalise(r.quote).text)) }) };
    });
    const store = await storeFor();
    const out = await ingestArticles(store, [{ id: 'a.txt', text: ARTICLE }], {
      extractWith: createExtractor({ extractor: 'model', model: modelConfig(server, { chunkChars: 200, overlapChars: 130 }) }),
    });
    expect(out.model!.pieces).toBeGreaterThan(1);
    expect(server.requests).toHaveLength(out.model!.pieces);
    // The overlap repeats a sentence in two pieces: one relation, one evidence entry.
    const rels = await storedRelations(store);
    expect(rels).toHaveLength(3);
    expect(rels.every((r) => r.evidence.length === 1)).toBe(true);
  });

  it('caches answers by text, model and prompt version: loading again sends nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    server = await startChatServer(good);
    const cfg = { extractor: 'model' as const, model: modelConfig(server, { cacheDir: dir }) };
    const first = await createExtractor(cfg)([{ id: 'a.txt', text: ARTICLE }]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const again = await createExtractor(cfg)([{ id: 'a.txt', text: ARTICLE }]);
    expect(server.requests).toHaveLength(1);
    expect(again.model).toMatchObject({ cached: 1, promptTokens: 0 });
    expect(again.extraction).toEqual(first.extraction);
    // Another model is another key.
    await createExtractor({ extractor: 'model', model: { ...cfg.model, name: 'other-model' } })([{ id: 'a.txt', text: ARTICLE }]);
    expect(server.requests).toHaveLength(2);
  });

  it('hybrid sends only the cue sentences the rules left uncovered, and adds what the model grounds', async () => {
    const lines = {
      head: 'Kronstadt Group expands its drone output',
      shipped: 'Shenzhen Skyhawk Electronics Co., Ltd. shipped 500 flight controllers to Almaz Trading LLP in March 2024.',
      weather: 'The weather in Almaty was cold that spring.',
      deliveries: 'Deliveries of those controllers to Kronstadt Group went on for months, Almaz Trading LLP records show.',
      vague: 'Such shipments are hard to trace.',
      owned: 'Kronstadt Group has been owned by Rostec since 2021.',
    };
    const text = Object.values(lines).join('\n\n') + '\n';
    const cueLines = [lines.shipped, lines.deliveries, lines.vague, lines.owned];
    const rules = extractArticles([{ id: 'h.txt', text }]);
    const quoted = rules.relations.flatMap((r) => r.evidence.map((e) => e.quote));
    const expected = cueLines.filter((l) => !quoted.some((q) => q.includes(l) || l.includes(q)));
    // The rules cover some cue sentences and not others, or this test would prove nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(cueLines.length);

    server = await startChatServer(() => ({
      content: JSON.stringify({
        entities: [{ name: 'Almaz Trading LLP', kind: 'company', aliases: [] }, { name: 'Kronstadt Group', kind: 'company', aliases: [] }],
        relations: [{ type: 'SHIPPED_TO', source: 'Almaz Trading LLP', target: 'Kronstadt Group', quote: lines.deliveries }],
      }),
    }));
    const run = await createExtractor({ extractor: 'hybrid', model: modelConfig(server) })([{ id: 'h.txt', text }]);
    const sent = server.userMessages().flatMap((m) => m.split('\n').filter((l) => !/^(<<<|>>>|Sentences from)/.test(l)));
    expect(sent.sort()).toEqual([...expected].sort());
    expect(run.model).toMatchObject({ cueSentences: cueLines.length, sentSentences: expected.length });

    // The rules' relations and entity ids are kept; the model's grounded relation joins them.
    const ids = run.extraction.relations.map((r) => r.id);
    for (const r of rules.relations) expect(ids).toContain(r.id);
    expect(ids).toContain('SHIPPED_TO:almaz-trading->kronstadt');
    expect(run.extraction.relations).toHaveLength(rules.relations.length + 1);
    for (const r of run.extraction.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);

    // Loaded through the ingest path, the graph holds the same relations.
    const store = await storeFor();
    await ingestArticles(store, [{ id: 'h.txt', text }], { extractWith: createExtractor({ extractor: 'hybrid', model: modelConfig(server) }) });
    expect((await storedRelations(store)).map((r) => r.id).sort()).toEqual([...ids].sort());
  });
});

describe('grounding on real text', () => {
  it('a model that answers what the rules found on the seeds keeps those relations and invents none', async () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'seeds');
    let total = 0;
    let kept = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const rules = extractArticles([{ id: f, text }]);
      const name = new Map(rules.entities.map((e) => [e.id, e.name]));
      const answer = {
        entities: rules.entities.map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases })),
        relations: rules.relations.flatMap((r) => r.evidence.map((ev) => ({ type: r.type, source: name.get(r.source), target: name.get(r.target), quote: ev.quote }))),
      };
      server = await startChatServer(() => ({ content: JSON.stringify(answer) }));
      const run = await createExtractor({ extractor: 'model', model: modelConfig(server, { chunkChars: 200_000 }) })([{ id: f, text }]);
      await server.close();
      server = undefined;
      const ruleIds = new Set(rules.relations.map((r) => r.id));
      for (const r of run.extraction.relations) {
        expect(ruleIds.has(r.id), r.id).toBe(true);
        for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      }
      total += rules.relations.length;
      kept += run.extraction.relations.length;
    }
    // What is lost are relations the rules read through coreference ("the company"), whose quote names one end.
    expect(total).toBeGreaterThan(20);
    expect(kept / total).toBeGreaterThanOrEqual(0.85);
  });
});
