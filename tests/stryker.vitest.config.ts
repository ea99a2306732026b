import {defineConfig} from 'vitest/config'
import {LoadFailuresAsTests} from './mutation/load-failures.js'

// The suite as StrykerJS runs it (npm run mutate): in worker threads, where the CLI tests' process.chdir() and
// the package test's npm install cannot run, so those are left out; what they cover is covered by the others.
// MUTATE_TESTS (comma-separated globs) narrows the suite to a folder's own unit tests: most mutants are
// "static" (the code runs while test files load the seed), and each of those runs every test it is given.
export default defineConfig({
  test: {
    include: process.env.MUTATE_TESTS ? process.env.MUTATE_TESTS.split(',') : ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/cli.test.ts', 'tests/package.test.ts', 'tests/extremes.test.ts', 'tests/batch/**'],
    testTimeout: 60_000,
    // A test file that cannot load counts as a failed test, not as no tests (tests/mutation/load-failures.ts).
    reporters: ['default', new LoadFailuresAsTests()]
  }
})
