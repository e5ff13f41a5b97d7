import type { BrowserContext, Worker } from '@playwright/test';

// The slice of the `chrome` API these helpers call from the service worker.
interface StorageApi {
  storage: Record<
    'sync' | 'local',
    {
      set(items: object): Promise<void>;
      get(keys: null): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    }
  >;
}

/** The extension's service worker. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Writes extension storage as the options page or popup would. */
export async function writeStorage(
  context: BrowserContext,
  area: 'sync' | 'local',
  items: Record<string, unknown>,
): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(
    ([area, items]) => {
      const { chrome } = globalThis as unknown as { chrome: StorageApi };
      return chrome.storage[area as 'sync' | 'local'].set(items as object);
    },
    [area, items] as const,
  );
}

/** Empties both storage areas: every setting back to its default. */
export async function clearStorage(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: StorageApi };
    await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
  });
}

/** Everything in one storage area, as the extension sees it. */
export async function readStorage(
  context: BrowserContext,
  area: 'sync' | 'local',
): Promise<Record<string, unknown>> {
  const worker = await serviceWorker(context);
  return worker.evaluate((area) => {
    const { chrome } = globalThis as unknown as { chrome: StorageApi };
    return chrome.storage[area as 'sync' | 'local'].get(null);
  }, area);
}
