/**
 * Extraction throughput: generates a corpus of news-like articles (at least 20 MB by default; BENCH_MB to change),
 * runs the pipeline over it in batches on one core and prints MB/s and peak memory. Target: >= 1 MB/s.
 * Then linearity: one article of each adversarial shape (bench/adversarial-articles.ts) at 100 KB and at 1 MB, CPU
 * seconds per MB of each; target: the 1 MB article costs at most twice as much per MB as the 100 KB one.
 *
 *   npm run bench:extract            # 20 MB, then the shapes
 *   BENCH_MB=5 npm run bench:extract
 *   BENCH_MB=0 npm run bench:extract # the shapes only
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticles, type ArticleInput } from '../server/extract/index.js';
import { rng } from './trade-graph.js';
import { SHAPES } from './adversarial-articles.js';

const TARGET_MB_S = 1;
const corpusMb = Number(process.env.BENCH_MB ?? 20);
const batchSize = Number(process.env.BENCH_BATCH ?? 200);

const SYL = ['tek', 'ron', 'vel', 'sha', 'lin', 'kor', 'mir', 'zen', 'dra', 'pol', 'ast', 'bei', 'nov', 'sib', 'tar', 'gal', 'hua', 'xin', 'yan', 'det'];
const COUNTRIES = ['China', 'Russia', 'Turkey', 'Kazakhstan', 'Kyrgyzstan', 'Armenia', 'the United Arab Emirates', 'Hong Kong', 'India', 'Serbia', 'Uzbekistan', 'Belarus', 'Iran', 'Georgia'];
const DEMONYMS = ['Chinese', 'Russian', 'Turkish', 'Kazakh', 'Kyrgyz', 'Armenian', 'Emirati', 'Indian', 'Serbian', 'Uzbek'];
const SUFFIX = ['Trading', 'Electronics Co., Ltd', 'Technology', 'Logistics LLC', 'Industrial Group', 'Import & Export Co', 'Holding', 'Systems'];
const GOODS = ['drones', 'microchips', 'thermal cameras', 'drone engines', 'navigation modules', 'bulletproof vests', 'machine tools', 'radio transmitters', 'spare parts', 'servo motors'];
const FIRST = ['Anna', 'Ivan', 'Li', 'Mehmet', 'Sara', 'Tom', 'Olena', 'Wei', 'Aigerim', 'David'];
const LAST = ['Petrova', 'Zhang', 'Yilmaz', 'Kovalenko', 'Hale', 'Bekova', 'Chen', 'Smith', 'Ivanov', 'Nurlanov'];
const MEDIA = ['the Financial Times', 'Reuters', 'Bloomberg', 'The Insider', 'the Kyiv Independent', 'Nikkei Asia'];

/** Background sentences of the kind that fill most of a news article around the few that state a relation. */
const CONTEXT = [
  'The war has reshaped trade across the region, with new routes opening through neighbouring states.',
  'Officials in Brussels said the next package of measures would focus on closing loopholes in existing rules.',
  'Customs data for the period is incomplete, and some shipments are declared under generic product codes.',
  'Experts say that many of the goods have both civilian and military uses, which makes enforcement difficult.',
  'The ministry said it was reviewing the reports and would respond once the checks were complete.',
  'Prices for consumer electronics in the region have risen sharply since the start of the year.',
  'Researchers compared shipping records with photographs of components recovered from the battlefield.',
  'The company has expanded its operations over the past two years and opened offices in several countries.',
  'Analysts cautioned that the figures probably understate the true volume of trade.',
  'A spokesperson declined to comment on individual transactions, citing commercial confidentiality.',
  'Banks in the region have become more cautious about processing payments linked to sensitive goods.',
  'The investigation relied on leaked documents, interviews with former employees and public tender records.',
  'Lawmakers have called for tougher penalties for firms that knowingly help to evade export controls.',
  'Some of the intermediaries were registered only months before the first shipments left the warehouses.',
  '"We are seeing the same pattern again and again," one investigator said, asking not to be named.',
  'The report also noted a rise in orders for machine tools and precision instruments.',
];

function article(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const company = () => cap(pick(SYL) + pick(SYL)) + ' ' + (r() < 0.5 ? cap(pick(SYL) + pick(SYL)) + ' ' : '') + pick(SUFFIX);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const a = company(), b = company(), c = company(), p = person();
  const money = (1 + Math.floor(r() * 90)) / 2;
  const year = 2021 + Math.floor(r() * 4);
  const para: string[] = [];
  para.push(`${pick(DEMONYMS)} firm shipped ${pick(GOODS)} to Russia via ${pick(COUNTRIES)}, records show`);
  para.push(`The ${pick(DEMONYMS)} company ${a} shipped more than $${money} million worth of ${pick(GOODS)} and ${pick(GOODS)} to ${b} between January and September ${year}, according to customs records reviewed by ${pick(MEDIA)}.`);
  para.push(`The goods were routed through ${pick(COUNTRIES)} before reaching Moscow-based ${c}, a supplier to the Russian defence ministry.`);
  para.push(`${c} is a subsidiary of ${company()}, which was sanctioned by the US Treasury in ${year - 1}.`);
  para.push(`"These are exactly the parts we find in downed drones," said ${p}, a researcher at the Centre for Defence Studies in ${pick(['Kyiv', 'London', 'Berlin'])}.`);
  para.push(`${b} bought ${Math.floor(r() * 9000) + 100} ${pick(GOODS)} from ${company()} and resold them to ${c}, the documents show.`);
  para.push(`${a} did not respond to requests for comment. ${company()} said it had never sold products to Russia and complied with all export control laws.`);
  para.push(`Trade between ${pick(COUNTRIES)} and Russia has grown since ${year - 2}, while officials in ${pick(COUNTRIES)} said they were checking the information. Analysts expect the volumes to remain high in the coming months as buyers look for new routes and suppliers adapt to the controls.`);
  para.push(`The European Union added ${b} to its sanctions list in ${pick(['March', 'June', 'December'])} ${year}.`);
  // Most of an article is context: interleave 10-30 background sentences, two or three per paragraph.
  const body = para.slice(1);
  const ctx = 10 + Math.floor(r() * 20);
  for (let i = 0; i < ctx; i++) {
    const at = 1 + Math.floor(r() * body.length);
    body.splice(at, 0, [pick(CONTEXT), pick(CONTEXT)].join(' '));
  }
  const out = [para[0], ...body];
  out.push(`Read also:\n• ${pick(COUNTRIES)} and Russia sign trade deal\n• Why ${pick(COUNTRIES)} became a back door\n\nSubscribe to our newsletter`);
  return out.join('\n\n');
}

function corpus(): ArticleInput[] {
  const r = rng(42);
  const seedsDir = join(import.meta.dirname, '..', 'seeds');
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const out: ArticleInput[] = [];
  let bytes = 0;
  for (let n = 0; bytes < corpusMb * 1e6; n++) {
    // One real article in ten keeps the messy layout of scraped news in the mix.
    const text = n % 10 === 0 ? seeds[(n / 10) % seeds.length] : article(r);
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
      const a = article(r);
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
}

if (corpusMb > 0) main();
shapes();
