// Worker entry. Under tsx (npm start, npm run load, vitest) the worker's own module is TypeScript, which a worker
// thread cannot load by itself: it does not inherit the parent's tsx loader. Register tsx here, then load it.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
