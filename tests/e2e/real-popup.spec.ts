import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { launchWithExtension } from '../../scripts/launch-extension.mjs';
import { SERVED } from '../../scripts/paths.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { highlighted, waitForScan } from './page-helpers';
import { popupTimeToContent, siteSwitch } from './popup-helpers';
import { serviceWorker } from './storage-helpers';

interface ChromeApi {
  action: { openPopup(options: { windowId: number }): Promise<void> };
  windows: {
    getLastFocused(): Promise<{ id: number }>;
    update(id: number, info: object): Promise<void>;
  };
}

// The toolbar popup itself, as a reader opens it (GUIDE: `action.openPopup`, then a second
// connection over CDP, where the popup is an ordinary page).
test('the real toolbar popup acts for the active tab', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'cc-popup-'));
  const server = await startStaticServer(SERVED);
  const context = await launchWithExtension({
    userDataDir: profile,
    extraArgs: ['--remote-debugging-port=0'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/demo/`);
    await waitForScan(page);
    const drawn = (await highlighted(page)).length;
    await page.bringToFront();
    const worker = await serviceWorker(context);
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const window = await chrome.windows.getLastFocused();
      await chrome.windows.update(window.id, { focused: true });
      await chrome.action.openPopup({ windowId: window.id });
    });
    const [port] = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n');
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const popupPage = async () =>
        cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().endsWith('/popup.html'));
      await expect.poll(popupPage).toBeTruthy();
      const popup = (await popupPage())!;
      await expect(
        popup.getByRole('heading', { name: `${drawn} mentions on this page` }),
      ).toBeVisible();
      const ms = await popupTimeToContent(popup);
      console.log(`real popup open to content: ${ms.toFixed(1)} ms`);
      await siteSwitch(popup).click();
      await expect.poll(() => highlighted(page)).toEqual([]);
    } finally {
      await cdp.close();
    }
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
