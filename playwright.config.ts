import { defineConfig } from '@playwright/test';

// End-to-end tests: real Chromium with the built extension (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  // One test at a time on CI: the tests time the content script's slices, and two browsers on
  // a two-core machine would time each other's work.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: !!process.env.CI,
});
