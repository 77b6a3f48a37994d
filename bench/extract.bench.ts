/**
 * Extraction throughput: generates a corpus of news-like articles (at least 20 MB by default; BENCH_MB to change),
 * runs the pipeline over it in batches on one core and prints MB/s and peak memory. Target: >= 1 MB/s.
 * Then linearity: one article of each adversarial shape (bench/adversarial-articles.ts) at 100 KB and at 1 MB, CPU
 * seconds per MB of each; target: the 1 MB article costs at most twice as much per MB as the 100 KB one.
 *
 *   npm run bench:extract            # 20 MB, then the shapes
 *   BENCH_MB=5 npm run bench:extract
 *   BENCH_MB=0 npm run bench:extract # the shapes only
 *
 * The npm script gives V8 the extraction workers' young generation (--max-semi-space-size=32, i.e.
 * EXTRACT_YOUNG_GENERATION_MB in server/workers/extract-pool.ts) and their optimising compiler's budget
 * (--interrupt-budget=135168, as `npm start` and `npm run load` give it), so the figure is a worker's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticles, type ArticleInput } from '../server/extract/index.js';
import { newsArticle } from './news-corpus.js';
import { rng } from './trade-graph.js';
import { SHAPES } from './adversarial-articles.js';
import { recordTargets, type Target } from './results.js';

const TARGET_MB_S = 1;
const targets: Target[] = [];
const corpusMb = Number(process.env.BENCH_MB ?? 20);
const batchSize = Number(process.env.BENCH_BATCH ?? 200);

function corpus(): ArticleInput[] {
  const r = rng(42);
  const seedsDir = join(import.meta.dirname, '..', 'seeds');
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const out: ArticleInput[] = [];
  let bytes = 0;
  for (let n = 0; bytes < corpusMb * 1e6; n++) {
    // One real article in ten keeps the messy layout of scraped news in the mix.
    const text = n % 10 === 0 ? seeds[(n / 10) % seeds.length] : newsArticle(r);
    out.push({ id: `bench-${n}.txt`, text });
    bytes += Buffer.byteLength(text);
  }
  return out;
}

function main(): void {
  const inputs = corpus();
  const bytes = inputs.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  let peak = process.memoryUsage().rss;
  let entities = 0;
  let relations = 0;
  // Warm-up outside the timed region: model loading and JIT.
  extractArticles(inputs.slice(0, 5));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < inputs.length; i += batchSize) {
    const out = extractArticles(inputs.slice(i, i + batchSize));
    entities += out.entities.length;
    relations += out.relations.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process (user + system): the per-core figure, independent of other load on the machine.
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const mbs = bytes / 1e6 / cpuSecs;
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  console.log(`corpus: ${inputs.length} articles, ${(bytes / 1e6).toFixed(1)} MB (batches of ${batchSize})`);
  console.log(`extracted: ${entities} entities, ${relations} relations (summed over batches)`);
  console.log(`time: ${secs.toFixed(1)} s wall, ${cpuSecs.toFixed(1)} s CPU (one thread; GC threads included)`);
  console.log(`throughput: ${mbs.toFixed(2)} MB/s per core by CPU time, ${(bytes / 1e6 / secs).toFixed(2)} MB/s by wall clock (target >= ${TARGET_MB_S} MB/s) ${mbs >= TARGET_MB_S ? 'OK' : 'BELOW TARGET'}`);
  console.log(`peak memory: ${(peak / 1024 / 1024).toFixed(0)} MB RSS`);
  targets.push({ what: `extraction, ${(bytes / 1e6).toFixed(0)} MB generated corpus`, measured: `${mbs.toFixed(2)} MB/s per core by CPU time (${(bytes / 1e6 / secs).toFixed(2)} wall), peak ${(peak / 1024 / 1024).toFixed(0)} MB RSS`,
    target: `≥ ${TARGET_MB_S} MB/s per core`, pass: mbs >= TARGET_MB_S });
}

/** CPU seconds for one extraction of `text` (this process's CPU, so other load on the machine counts less). */
function cpuSeconds(text: string): number {
  const cpu0 = process.cpuUsage();
  extractArticles([{ id: 'shape.txt', text }]);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1e6;
}

/** Worst growth allowed from 100 KB to 1 MB in CPU seconds per MB (1 is linear; the rest is slack for noise and GC). */
const MAX_GROWTH = 2;

function shapes(): void {
  console.log('\nlinearity: one article per shape, CPU seconds per MB at 100 KB and at 1 MB');
  extractArticles([{ id: 'warm.txt', text: SHAPES['dense relations'](50_000) }]);
  let worst = 0;
  const news = (bytes: number) => {
    const r = rng(7);
    const parts: string[] = [];
    for (let n = 0; n < bytes; ) {
      const a = newsArticle(r);
      parts.push(a);
      n += a.length + 2;
    }
    return parts.join('\n\n');
  };
  for (const [name, shape] of Object.entries({ 'news-like (one long article)': news, ...SHAPES })) {
    // The smaller article twice, keeping the faster: the first run of a shape pays for compiling its code paths.
    const small = Math.min(cpuSeconds(shape(100_000)), cpuSeconds(shape(100_000))) / 0.1;
    const large = cpuSeconds(shape(1_000_000)) / 1;
    const growth = large / small;
    worst = Math.max(worst, growth);
    console.log(`  ${name.padEnd(30)} 100 KB ${small.toFixed(2)} s/MB   1 MB ${large.toFixed(2)} s/MB   growth ×${growth.toFixed(2)} ${growth <= MAX_GROWTH ? 'PASS' : 'FAIL'}`);
  }
  console.log(`linear in length (growth ≤ ×${MAX_GROWTH} on every shape): worst ×${worst.toFixed(2)} ${worst <= MAX_GROWTH ? 'PASS' : 'FAIL'}`);
  targets.push({ what: 'extraction linear in length, every shape', measured: `worst growth ×${worst.toFixed(2)} from 100 KB to 1 MB`,
    target: `≤ ×${MAX_GROWTH}`, pass: worst <= MAX_GROWTH });
}

if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size'))) {
  console.log('note: run without the workers\' young generation (npm run bench:extract sets --max-semi-space-size=32)');
}
if (corpusMb > 0) main();
shapes();
recordTargets('extract', targets);
