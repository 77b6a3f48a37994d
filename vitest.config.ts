import { defineConfig } from 'vitest/config';
import { loadConfig } from './server/config.js';

/**
 * Two projects. `embedded`: every test file, the app tests on in-memory embedded stores. `neo4j`, only with
 * NEO4J_URI: the Neo4j store contracts, the comparison of the stores, and the API tests and a browser journey again
 * with the app on Neo4j. Those count or empty the one database Community Edition has, so they run one file at a time,
 * after everything else.
 */
const neo4j = loadConfig(process.env).neo4j;
/** Files that run on Neo4j and count or empty the whole database: with a server they run one at a time. */
const WHOLE_DATABASE = ['tests/store/stores-agree.test.ts', 'tests/store/neo4j.contract.test.ts', 'tests/store/console-export.contract.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // In CI a failed test runs once more: a few browser journeys race the page on a busy two-core machine (a click
    // while the view still moves, a timeout under load). A test that fails twice fails the run; flakes show in the log.
    retry: process.env.CI ? 1 : 0,
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
          // With a server, these run in the neo4j project, one file at a time.
          exclude: neo4j ? WHOLE_DATABASE : [],
          provide: { store: 'embedded' },
          sequence: { groupOrder: 0 },
        },
      },
      ...(neo4j ? [{
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/routes/{api,paths,export,schema,snapshots}.test.ts', 'tests/e2e/{path-explorer,console-schema}.test.ts', ...WHOLE_DATABASE],
          provide: { store: 'neo4j' as const },
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      }] : []),
    ],
  },
});
