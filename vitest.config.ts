import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The embedded database and Chromium are heavy: two cores, so at most two files at once.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
