import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in the system Chromium; one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
