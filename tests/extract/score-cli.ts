/**
 * `npm run score -- SET [--verbose]`: the shared scorer's line for one gold set (dev, frozen, seeds, fixtures,
 * fixtures-2). --verbose adds the per-article misses; it refuses for the sets that are for measuring only (frozen).
 */
import { BATCHES, isSetName, MEASURE_ONLY, missing, scoreSet } from './shared-scorer.js';

const [set, flag] = process.argv.slice(2);
if (!set || !isSetName(set)) {
  console.error(`usage: score-cli.ts seeds|dev|frozen|fixtures|fixtures-2|${BATCHES[0]}..${BATCHES[BATCHES.length - 1]} [--verbose]`);
  process.exit(2);
}
const why = missing(set);
if (why) {
  console.error(`cannot score ${set}: ${why}`);
  process.exit(1);
}
const out = scoreSet(set);
if (flag === '--verbose') {
  if (MEASURE_ONLY.has(set)) console.error(`the ${set} set is for measuring only: no per-article detail`);
  else for (const l of out.detail) console.log(l);
}
console.log(`${set}: ${out.line}`);
