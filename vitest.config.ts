// Test runner configuration: unit, fixture and property tests under tests/, run in Node; the command line is built
// first (the bin tests run it as installed).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/build-cli.ts'],
    testTimeout: 30_000,
  },
});
