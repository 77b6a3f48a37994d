/**
 * How much a function must run before V8 optimises it, for the processes that extract on worker threads.
 *
 * Each worker isolate compiles the extractor on its own, and the extractor is many large functions: with V8's default
 * budget (66 KB of bytecode executed) an isolate spent about 1.3 s of CPU in the optimising compiler over its first 200
 * articles, as long as it spent reading them, so a second worker first paid that again before it helped. Twice the
 * budget leaves lukewarm functions to the baseline tiers and optimises the hot ones as before: the CPU for 200 generated
 * articles on one thread fell from 1.7–2.1 s to 1.5 s, for 1,000 from 5.1–5.6 s to 4.5–4.9 s (three runs each, idle),
 * and `npm run bench:ingest` took 7% less time on one core and 12% less on two.
 *
 * V8's flags are the process's: set here, before the first worker starts, they hold for every isolate in it, the main
 * thread's included. Node documents changing V8 flags after the VM has started as unsupported in general; this one
 * only sets a threshold read when a function's feedback is next counted, and the figures above were measured with it
 * set this way (a worker started after the call compiles as a process started with `--interrupt-budget` does).
 */
import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 135_168;

let applied = false;

/** Sets the budget once per process; idempotent. */
export function applyCompilerBudget(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
