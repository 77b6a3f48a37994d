/**
 * `npm run score -- SET [--verbose]`: the shared scorer's line for one gold set (dev, frozen, seeds, fixtures,
 * fixtures-2). --verbose adds the per-article misses; it refuses for the sets that are for measuring only (frozen).
 */
import { MEASURE_ONLY, missing, scoreSet, SETS, type SetName } from './shared-scorer.js';

const [set, flag] = process.argv.slice(2);
if (!set || !(set in SETS)) {
  console.error(`usage: score-cli.ts ${Object.keys(SETS).join('|')} [--verbose]`);
  process.exit(2);
}
const why = missing(set as SetName);
if (why) {
  console.error(`cannot score ${set}: ${why}`);
  process.exit(1);
}
const out = scoreSet(set as SetName);
if (flag === '--verbose') {
  if (MEASURE_ONLY.has(set as SetName)) console.error(`the ${set} set is for measuring only: no per-article detail`);
  else for (const l of out.detail) console.log(l);
}
console.log(`${set}: ${out.line}`);
