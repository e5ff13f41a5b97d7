import { test as base, expect } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/launch-extension.mjs';
import { SERVED } from '../../scripts/paths.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

interface WorkerFixtures {
  /** One Chromium per worker with the built extension loaded, headless. */
  extensionContext: BrowserContext;
  /** The extension's id, read from its service worker. */
  extensionId: string;
  /** Origin of a static server on 127.0.0.1 serving /fixtures/, /demo/ and /corpus/. */
  server: string;
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

/** Playwright `test` whose `context` and `page` run in Chromium with Context Cards loaded. */
export const test = base.extend<{ context: BrowserContext }, WorkerFixtures>({
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
  server: serverFixture,
  context: async ({ extensionContext }, use) => use(extensionContext),
  page: async ({ extensionContext }, use) => {
    const page = await extensionContext.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };
