/**
 * Command line: `extract [--extractor rules|model|hybrid] FILE...` prints the extraction JSON on stdout (nothing
 * else; model progress and token counts go to stderr); `load [--extractor ...] FILE|DIR...` extracts and loads into
 * the configured store. `--extractor` overrides EXTRACTOR.
 */
import { InputError, ModelError, StoreError } from './domain/errors.js';
import { checkText, ingestArticles } from './ingest.js';
import { readArticleFiles } from './seed.js';
import { ConfigError, EXTRACTOR_KINDS, loadConfig, type ExtractorKind } from './config.js';
import { createExtractor } from './extract/extractor.js';
import type { ModelProgress, ModelRunStats } from './extract/model/run.js';
import { openStore } from './store/open-store.js';

const USAGE = 'usage: cli.ts extract [--extractor rules|model|hybrid] FILE...  |  cli.ts load [--extractor rules|model|hybrid] FILE|DIR...';

const progress = (p: ModelProgress) => console.error(`model: ${p.done}/${p.total} articles (${p.article}), ${p.tokens} tokens so far`);

/** One line of figures for a model run, on stderr. */
function report(stats: ModelRunStats | undefined): void {
  if (!stats) return;
  const dropped = Object.entries(stats.dropped).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const cues = stats.cueSentences !== undefined ? `, ${stats.sentSentences} of ${stats.cueSentences} cue sentences sent` : '';
  console.error(
    `model ${stats.model} (${stats.mode}): ${stats.pieces} requests (${stats.cached} from cache)${cues}, ` +
      `${stats.promptTokens} prompt + ${stats.completionTokens} completion tokens; relations dropped: ${dropped}`,
  );
  for (const f of stats.failed) console.error(`left out ${f.id}: ${f.error.message}`);
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  let kind: ExtractorKind | undefined;
  const at = rest.indexOf('--extractor');
  if (at >= 0) {
    kind = rest[at + 1] as ExtractorKind;
    rest.splice(at, 2);
    if (!EXTRACTOR_KINDS.includes(kind)) {
      console.error(`--extractor must be one of ${EXTRACTOR_KINDS.join(', ')}`);
      return 2;
    }
  }
  const paths = rest;
  if (!cmd || !paths.length || !['extract', 'load'].includes(cmd)) {
    console.error(USAGE);
    return 2;
  }
  const inputs = readArticleFiles(paths);
  const config = loadConfig();
  kind ??= config.extractor;
  const extractor = createExtractor(config, kind);
  if (cmd === 'extract') {
    for (const a of inputs) checkText(a.text, a.id!);
    const run = await extractor(inputs.map((a) => ({ ...a, id: a.id! })), kind === 'rules' ? undefined : progress);
    report(run.model);
    process.stdout.write(JSON.stringify(run.extraction) + '\n');
    return run.model?.failed.length ? 1 : 0;
  }
  const store = await openStore(config);
  try {
    const before = await store.counts();
    console.error(`loading ${inputs.length} article(s) into the ${store.kind} store…`);
    const out = await ingestArticles(store, inputs, { extractor, onProgress: progress });
    report(out.model);
    const after = await store.counts();
    const m = out.model;
    const model = m && {
      requests: m.pieces, cached: m.cached, promptTokens: m.promptTokens, completionTokens: m.completionTokens, dropped: m.dropped,
      failed: m.failed.map((f) => ({ id: f.id, error: f.error.message })),
    };
    console.log(JSON.stringify({ added: out.result, before, after, ...(model ? { model } : {}) }, null, 2));
  } finally {
    await store.close();
  }
  return 0;
}

// exitCode, not exit(): let the store's native close finish before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof InputError || e instanceof StoreError || e instanceof ModelError || e instanceof ConfigError ? `error: ${e.message}` : e);
    process.exitCode = e instanceof InputError || e instanceof ConfigError ? 2 : 1;
  },
);
