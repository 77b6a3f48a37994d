/**
 * Command line: `extract [--extractor rules|model|hybrid] FILE...` prints the extraction JSON on stdout (nothing
 * else); `load [--extractor ...] FILE|DIR...` archives, extracts (the rules on every core) and loads into the
 * configured store; `rebuild [--to neo4j]` rebuilds the store from the archive. `--extractor` overrides EXTRACTOR.
 * Progress, and a model run's requests and token counts, go to stderr.
 */
import { InputError, ModelError, StoreError } from './domain/errors.js';
import { createExtractor, configuredBatchExtractor } from './extract/extractor.js';
import { validateArticleText } from './extract/index.js';
import type { ModelProgress, ModelRunStats } from './extract/model/run.js';
import { Ingestor } from './ingest.js';
import { readDocumentFiles } from './seed.js';
import { ConfigError, EXTRACTOR_KINDS, loadConfig, type ExtractorKind } from './config.js';
import { openArchivedStore, rebuildStore } from './archive/startup.js';
import { STAGE_DONE, type Progress } from './archive/project.js';
import { defaultPoolSize, loaderPool } from './workers/extract-pool.js';

const USAGE = 'usage: cli.ts extract [--extractor rules|model|hybrid] FILE...  |  cli.ts load [--extractor rules|model|hybrid] FILE|DIR...  |  cli.ts rebuild [--to embedded|neo4j]';

const say = (m: string) => console.error(m);

/** "extracted 120/300 articles (40%), 52.1 articles/s, 0.20 MB/s, about 3 s left", at most four times a second. */
function progressLine(what: string): (p: Progress) => void {
  let stage = '';
  let since = Date.now();
  let last = 0;
  let previous = since;
  return (p) => {
    const now = Date.now();
    if (p.stage !== stage) {
      // A stage starts where the one before it ended.
      if (stage) since = previous;
      stage = p.stage;
    }
    previous = now;
    // Every committed chunk is reported (what is reported loaded is in the store); extraction at most 4 times a second.
    if (p.stage === 'extract' && p.done < p.total && now - last < 250) return;
    last = now;
    const s = Math.max(0.001, (now - since) / 1000);
    const rate = p.done / s;
    const left = rate > 0 ? Math.ceil((p.total - p.done) / rate) : 0;
    say(`${what}: ${STAGE_DONE[p.stage]} ${p.done}/${p.total} articles (${Math.round((100 * p.done) / Math.max(1, p.total))}%), ` +
      `${rate.toFixed(1)} articles/s, ${(p.chars / 1e6 / s).toFixed(2)} MB/s, about ${left} s left`);
  };
}

const modelProgress = (p: ModelProgress) => say(`model: ${p.done}/${p.total} articles (${p.article}), ${p.tokens} tokens so far`);

/** One line of figures for a model run, on stderr. */
function report(stats: ModelRunStats | undefined): void {
  if (!stats) return;
  const dropped = Object.entries(stats.dropped).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const cues = stats.cueSentences !== undefined ? `, ${stats.sentSentences} of ${stats.cueSentences} cue sentences sent` : '';
  say(
    `model ${stats.model} (${stats.mode}): ${stats.pieces} requests (${stats.cached} from cache)${cues}, ` +
      `${stats.promptTokens} prompt + ${stats.completionTokens} completion tokens; relations dropped: ${dropped}`,
  );
  for (const f of stats.failed) say(`left out ${f.id}: ${f.error.message}`);
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'rebuild') return rebuild(rest);
  let kind: ExtractorKind | undefined;
  const at = rest.indexOf('--extractor');
  if (at >= 0) {
    kind = rest[at + 1] as ExtractorKind;
    rest.splice(at, 2);
    if (!EXTRACTOR_KINDS.includes(kind)) {
      say(`--extractor must be one of ${EXTRACTOR_KINDS.join(', ')}`);
      return 2;
    }
  }
  if (!cmd || !rest.length || !['extract', 'load'].includes(cmd)) {
    say(USAGE);
    return 2;
  }
  // Web pages, PDFs and Word files are read for their text, as the "Add documents" page reads them.
  const inputs = await readDocumentFiles(rest);
  for (const a of inputs) validateArticleText(a.text, a.id!);
  const env = loadConfig();
  const config = { ...env, extractor: kind ?? env.extractor };
  if (cmd === 'extract') {
    const run = await createExtractor(config)(inputs.map(({ original: _, ...a }) => ({ ...a, id: a.id! })), config.extractor === 'rules' ? undefined : modelProgress);
    report(run.model);
    process.stdout.write(JSON.stringify(run.extraction) + '\n');
    return run.model?.failed.length ? 1 : 0;
  }
  const extractWith = configuredBatchExtractor(config);
  const pool = loaderPool(config.extractWorkers || defaultPoolSize('cli'));
  try {
    const { store, archive } = await openArchivedStore(config, { extractor: pool, extractWith, log: say, warn: say });
    try {
      const before = await store.counts();
      const mb = inputs.reduce((n, a) => n + a.text.length, 0) / 1e6;
      say(`loading ${inputs.length} article(s), ${mb.toFixed(2)} MB, into the ${store.kind} store with ${pool.size} extraction worker(s)…`);
      const t = Date.now();
      const out = await new Ingestor(store, archive, pool, extractWith).ingest(inputs, {
        origin: 'cli', reload: false, onProgress: progressLine('load'), onModelProgress: modelProgress, chunkArticles: config.loadChunkArticles,
      });
      report(out.model);
      const m = out.model;
      const model = m && {
        requests: m.pieces, cached: m.cached, promptTokens: m.promptTokens, completionTokens: m.completionTokens, dropped: m.dropped,
        failed: m.failed.map((f) => ({ id: f.id, error: f.error.message })),
      };
      const seconds = (Date.now() - t) / 1000;
      const after = await store.counts();
      console.log(JSON.stringify({
        added: out.result, before, after, seconds, workers: pool.size,
        articlesPerSecond: +(inputs.length / seconds).toFixed(1), mbPerSecond: +(mb / seconds).toFixed(3),
        ...(model ? { model } : {}),
      }, null, 2));
    } finally {
      await store.close();
      await archive?.close();
    }
  } finally {
    await pool.close();
  }
  return 0;
}

async function rebuild(args: string[]): Promise<number> {
  const to = args[0] === '--to' ? args[1] : args.length ? '?' : 'embedded';
  if (to !== 'embedded' && to !== 'neo4j') {
    say(USAGE);
    return 2;
  }
  const env = loadConfig();
  if (to === 'neo4j' && !env.neo4j) throw new ConfigError('rebuild --to neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)');
  const config = to === 'neo4j' ? env : { ...env, neo4j: undefined };
  if (!config.archiveDir) throw new ConfigError('there is no archive to rebuild from: DATA_PATH is :memory: and ARCHIVE_DIR is unset');
  const pool = loaderPool(config.extractWorkers || defaultPoolSize('cli'));
  try {
    say(`rebuilding the ${to} store from ${config.archiveDir}…`);
    const t = Date.now();
    const out = await rebuildStore(config, { extractor: pool, extractWith: configuredBatchExtractor(config), log: say, warn: say, onProgress: progressLine('rebuild') });
    if (out.aside) say(`the previous store was moved to ${out.aside} (delete it once you are satisfied)`);
    say(`rebuilt: ${out.articles} articles projected in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await pool.close();
  }
  return 0;
}

// exitCode, not exit(): let the store's native close finish before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof InputError) console.error(`error [${e.code}, ${e.status}]: ${e.message}`);
    else console.error(e instanceof StoreError || e instanceof ModelError || e instanceof ConfigError ? `error: ${e.message}` : e);
    process.exitCode = e instanceof InputError || e instanceof ConfigError ? 2 : 1;
  },
);
