/**
 * `npm run bench`: runs every benchmark one after another (each alone on the machine), then prints one table of every
 * target they measured, with PASS/FAIL. A bench that fails to run is named; the others still run.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { printTargets, readTargets, RESULTS_DIR } from './results.js';

const BENCHES = ['extract', 'ingest', 'paths', 'copy-floor', 'overview', 'throughput', 'console', 'responsiveness'];

rmSync(RESULTS_DIR, { recursive: true, force: true });
const failed: string[] = [];
for (const b of BENCHES) {
  console.log(`\n=== npm run bench:${b}\n`);
  const run = spawnSync('npm', ['run', '--silent', `bench:${b}`], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(b);
}
console.log(`\nAll targets (${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}):\n`);
const saved = readTargets();
printTargets(saved.flatMap((s) => s.rows.map((r) => ({ ...r, what: `${s.bench}: ${r.what}` }))));
console.log('');
for (const s of saved) console.log(`${s.bench}: ${s.at.slice(11, 19)} UTC, ${s.load ?? 'load average not recorded'}`);
if (failed.length) {
  console.log(`\nfailed to run: ${failed.map((b) => `bench:${b}`).join(', ')}`);
  process.exitCode = 1;
}
