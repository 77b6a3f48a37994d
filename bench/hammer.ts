/**
 * Concurrent load on a running server over loopback (autocannon), cycling through the given request paths. Besides
 * requests/s it reports the CPU time per request (this process: the server and the load generator) and how busy the
 * main thread was: on a machine shared with other work, those say more than the rate does.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface Hammered {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  failed: number;
  /** CPU milliseconds per request, every thread of this process. */
  cpuMs: number;
  /** Share of the time the main thread was busy (event loop utilisation). */
  busy: number;
}

export async function hammer(what: string, base: string, paths: string[], connections: number, seconds: number): Promise<Hammered> {
  let i = 0;
  const [cpu0, elu0] = [process.cpuUsage(), performance.eventLoopUtilization()];
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  const cpu = process.cpuUsage(cpu0);
  const out = {
    rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, failed: result.non2xx + result.errors,
    cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total), busy: performance.eventLoopUtilization(elu0).utilization,
  };
  console.log(`${what}: ${Math.round(out.rps)} requests/s, p50 ${out.p50} ms, p99 ${out.p99} ms, ${out.failed} failed of ${out.total}; ` +
    `${out.cpuMs.toFixed(1)} ms CPU per request, main thread busy ${Math.round(out.busy * 100)}%`);
  return out;
}
