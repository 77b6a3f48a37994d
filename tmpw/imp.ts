const t = performance.now();
await import('../server/extract/validate.js');
const t1 = performance.now();
await import('../server/extract/index.js');
const t2 = performance.now();
console.log('validate', (t1 - t).toFixed(0), 'index', (t2 - t1).toFixed(0), 'rss MB', (process.memoryUsage().rss / 1e6).toFixed(0));
