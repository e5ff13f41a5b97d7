import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledDictionaryPlugin } from './scripts/bundled-dictionary-plugin';

// Pure logic runs in Node; the page engine and components run in happy-dom.
// End-to-end tests live in tests/e2e and run under Playwright, not Vitest.
export default defineConfig({
  plugins: [WxtVitest(), bundledDictionaryPlugin()],
  test: {
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
