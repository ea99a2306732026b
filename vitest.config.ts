import {configDefaults, defineConfig} from 'vitest/config'

// Two projects: `unit` (everything but the browser; `npm run test:unit` runs it alone) and `browser` (the
// review page in headless Chromium). `npm test` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/browser/**']}},
      {extends: true, test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000}}
    ]
  }
})
