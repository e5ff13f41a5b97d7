import { test as base, expect } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/launch-extension.mjs';
import { SERVED } from '../../scripts/paths.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { NetworkGuard } from './network-guard';

interface WorkerFixtures {
  /** One Chromium per worker with the built extension loaded, headless. */
  extensionContext: BrowserContext;
  /** The extension's id, read from its service worker. */
  extensionId: string;
  /** Records the requests made in `extensionContext` (see NetworkGuard). */
  networkGuard: NetworkGuard;
  /** Origin of a static server on 127.0.0.1 serving /fixtures/, /demo/ and /corpus/. */
  server: string;
}

interface TestFixtures {
  context: BrowserContext;
  /** Runs by itself around every test: fails it when a request was not the page's own. */
  noForeignRequests: undefined;
}

/** A worker's static server on 127.0.0.1 serving /fixtures/, /demo/ and /corpus/; gives its origin. */
export const serverFixture: [
  (args: object, use: (origin: string) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
  async ({}, use) => {
    const server = await startStaticServer(SERVED);
    await use(server.origin);
    await server.close();
  },
  { scope: 'worker' },
];

/**
 * Playwright `test` whose `context` and `page` run in Chromium with Context Cards loaded. Every
 * test is guarded: a request that the extension made, or that no page made, fails it.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext }, use) => use(await extensionIdOf(extensionContext)),
    { scope: 'worker' },
  ],
  networkGuard: [
    async ({ extensionContext, extensionId }, use) => {
      const guard = await NetworkGuard.attach(extensionContext, extensionId);
      await use(guard);
      // Requests made after the worker's last test still count.
      expect(await guard.takeProblems(), 'requests after the last test').toEqual([]);
    },
    { scope: 'worker' },
  ],
  server: serverFixture,
  noForeignRequests: [
    async ({ networkGuard }, use) => {
      await use(undefined);
      expect(await networkGuard.takeProblems(), 'requests not made by the page').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ extensionContext }, use) => use(extensionContext),
  page: async ({ extensionContext, networkGuard }, use) => {
    const page = await extensionContext.newPage();
    await networkGuard.watch(page);
    await use(page);
    await page.close();
  },
});

export { expect };
