import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Pure logic runs in Node; the page engine and components run in happy-dom.
// End-to-end tests live in tests/e2e and run under Playwright, not Vitest.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // The build compiles it with scripts/bundled-dictionary-plugin.ts; tests compile it here.
    alias: {
      'virtual:bundled-dictionary': new URL('tests/bundled-dictionary.ts', import.meta.url)
        .pathname,
      'virtual:bundled-scout': new URL('tests/bundled-scout.ts', import.meta.url).pathname,
    },
  },
  test: {
    // The seed of the property-based tests: chosen once, printed, the same for every file.
    globalSetup: ['tests/property/seed.ts'],
    setupFiles: ['tests/property/configure.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'page', environment: 'happy-dom', include: ['tests/page/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
