/** Vite config for the browser client: root is client/, the build lands in dist/client/ where Fastify serves it. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape and its layouts are one large vendor chunk by nature; splitting it buys nothing for a single page.
    // The Cypher console's chunk (~6.5 MB, 1.7 MB gzipped) is Neo4j's Cypher parser and semantic checker; it is
    // loaded only when the console is opened (React.lazy), so the explorer does not pay for it.
    chunkSizeWarningLimit: 7000,
  },
  server: {
    port: 5173,
    // The client imports the relation registry from server/domain, outside the Vite root.
    fs: { allow: [repoRoot] },
    proxy: { '/api': 'http://localhost:3000', '/docs': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
