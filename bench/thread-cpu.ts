/**
 * CPU time of each thread of this process, from /proc (Linux; null elsewhere). process.cpuUsage() adds every thread
 * up; the ingest benchmark needs them apart: the extraction workers, the main thread, and V8's background threads
 * (optimising compiler and garbage collector), which every worker isolate keeps busy on its own account.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime. */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** Seconds of CPU (user + system) by thread id, or null where /proc/self/task cannot be read. */
export function threadCpu(): Map<string, number> | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const out = new Map<string, number>();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) / TICKS);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** CPU seconds each thread spent between two readings (a thread that ended in between is left out). */
export function cpuBetween(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  return new Map([...b].map(([tid, s]) => [tid, s - (a.get(tid) ?? 0)]));
}

export interface ThreadSplit {
  main: number;
  /** One figure per extraction worker thread. */
  workers: number[];
  /** Everything else: V8's background threads (compiler, garbage collector), libuv's pool, the store's threads. */
  background: number;
}

/**
 * Splits per-thread CPU into the main thread, `workers` worker threads and the rest. `started` are the threads that
 * appeared while the workers started: each worker's thread is one of them, but not the only one (on Node 20 here, a
 * second thread per worker appears and stays idle), so the busiest `workers` of them are taken.
 */
export function splitThreads(cpu: Map<string, number>, started: string[], workers: number): ThreadSplit {
  const main = cpu.get(String(process.pid)) ?? 0;
  const busiest = started.map((t) => cpu.get(t) ?? 0).sort((a, b) => b - a).slice(0, workers);
  const total = [...cpu.values()].reduce((n, s) => n + s, 0);
  return { main, workers: busiest, background: total - main - busiest.reduce((n, s) => n + s, 0) };
}
