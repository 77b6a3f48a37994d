/**
 * Command line: `extract FILE...` prints the extraction JSON on stdout (nothing else);
 * `load FILE|DIR...` extracts and loads into the configured store.
 */
import { InputError, StoreError } from './domain/errors.js';
import { extractArticles } from './extract/index.js';
import { checkText, ingestArticles } from './ingest.js';
import { readArticleFiles } from './seed.js';
import { loadConfig } from './config.js';
import { openStore } from './store/open-store.js';

const USAGE = 'usage: cli.ts extract FILE...  |  cli.ts load FILE|DIR...';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...paths] = argv;
  if (!cmd || !paths.length || !['extract', 'load'].includes(cmd)) {
    console.error(USAGE);
    return 2;
  }
  const inputs = readArticleFiles(paths);
  if (cmd === 'extract') {
    for (const a of inputs) checkText(a.text, a.id!);
    const out = extractArticles(inputs.map((a) => ({ ...a, id: a.id! })));
    process.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const before = await store.counts();
    console.error(`loading ${inputs.length} article(s) into the ${store.kind} store…`);
    const out = await ingestArticles(store, inputs);
    const after = await store.counts();
    console.log(JSON.stringify({ added: out.result, before, after }, null, 2));
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
    console.error(e instanceof InputError || e instanceof StoreError ? `error: ${e.message}` : e);
    process.exitCode = e instanceof InputError ? 2 : 1;
  },
);
