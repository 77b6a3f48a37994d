import { defineConfig } from 'vitest/config';
import { loadConfig } from './server/config.js';

/**
 * Two projects. `embedded`: every test file, the app tests on in-memory embedded stores (the Neo4j suites inside it
 * run when NEO4J_URI is set; they use unique ids, so they share a server safely). `neo4j`, only with NEO4J_URI: the
 * API tests and a browser journey again with the app on Neo4j; they empty the database, so they run one file at a
 * time after everything else.
 */
const neo4j = loadConfig(process.env).neo4j;
const STORES_AGREE = 'tests/store/stores-agree.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The embedded database and Chromium are heavy: two cores, so at most two files at once.
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'embedded',
          include: ['tests/**/*.test.ts'],
          // With a server, the comparison of the stores runs in the neo4j project (it empties the database).
          exclude: neo4j ? [STORES_AGREE] : [],
          provide: { store: 'embedded' },
          sequence: { groupOrder: 0 },
        },
      },
      ...(neo4j ? [{
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/routes/{api,paths,export,snapshots}.test.ts', 'tests/e2e/path-explorer.test.ts', STORES_AGREE],
          provide: { store: 'neo4j' as const },
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      }] : []),
    ],
  },
});
