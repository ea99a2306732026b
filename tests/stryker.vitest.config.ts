import {defineConfig} from 'vitest/config'

// The suite as StrykerJS runs it (npm run mutate): in worker threads, where the CLI tests' process.chdir() and
// the package test's npm install cannot run, so those are left out; what they cover is covered by the others.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/cli.test.ts', 'tests/package.test.ts', 'tests/extremes.test.ts', 'tests/batch/**'],
    testTimeout: 60_000
  }
})
