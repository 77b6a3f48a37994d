/** Vite config for the browser client: root is client/, the build lands in dist/client/ where Fastify serves it. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress.js';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig(({ mode }) => ({
  root: clientRoot,
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // Source maps (22 MB for the Cypher worker alone) only in a development build: production serves none.
    sourcemap: mode === 'development',
    // Cytoscape and its layouts are one large vendor chunk by nature; splitting it buys nothing for a single page.
    // The Cypher language worker (~6.5 MB, 1.7 MB gzipped, 1.2 MB brotli) is Neo4j's Cypher parser and semantic
    // checker; it loads in a Web Worker once the console's editor is up (see console/cypher-language.ts).
    chunkSizeWarningLimit: 7000,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    // The client imports the relation registry (server/domain) and the API contract (server/api), outside the Vite root.
    fs: { allow: [repoRoot] },
    proxy: { '/api': 'http://localhost:3000', '/docs': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
}));
