// `npm start`: builds Context Cards, serves the demo page and opens Chromium with the extension on it.
// With a display it opens a normal window and runs until the window is closed. Without one it runs
// headless, saves screenshots of what the extension shows to demo-output/ and prints their paths.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { NO_CHROMIUM_MESSAGE, resolveChromium } from './browser-path.mjs';
import { activeTabIdOf, extensionIdOf, launchWithExtension } from './launch-extension.mjs';
import { editorShot } from './demo-editor.mjs';
import { ROOT, SERVED } from './paths.mjs';
import { startStaticServer } from './static-server.mjs';

const OUTPUT = `${ROOT}demo-output`;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

try {
  resolveChromium();
} catch {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = await startStaticServer(SERVED);
const demoUrl = `${server.origin}/demo/`;
const context = await launchWithExtension({
  headless: !hasDisplay,
  viewport: hasDisplay ? null : { width: 1100, height: 900 },
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);

if (hasDisplay) {
  console.log(`Context Cards is running on ${demoUrl}. Close the browser window to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await mkdir(OUTPUT, { recursive: true });
  // The content script marks the end of each full pass over the page.
  await page.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
    undefined,
    { timeout: 15_000 },
  );
  const shots = [`${OUTPUT}/highlights.png`, `${OUTPUT}/card.png`, `${OUTPUT}/options.png`];
  await page.screenshot({ path: shots[0], fullPage: true });
  // A reader resting the pointer on a real mention: "Claudia Sheinbaum" in the first paragraph.
  const mention = page.locator('main strong', { hasText: 'Claudia Sheinbaum' }).first();
  const box = await mention.boundingBox();
  if (!box) throw new Error('The demo page has no "Claudia Sheinbaum" to hover.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.getByRole('dialog', { name: 'Claudia Sheinbaum' }).waitFor({ state: 'visible' });
  await page.waitForTimeout(200);
  await page.screenshot({ path: shots[1] });
  // The popup of the demo's tab (the active one), before the options page opens in a new tab.
  shots.push(await popupShot(context, `${OUTPUT}/popup.png`));
  // The options page, with the example dataset for another story imported.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionIdOf(context)}/options.html`);
  await options
    .getByRole('region', { name: 'Datasets for other stories' })
    .locator('input[type=file]')
    .setInputFiles(`${ROOT}examples/dataset-valid.json`);
  await options.getByRole('heading', { name: 'Valmora votes to take back its water' }).waitFor();
  // From the top to the end of the datasets: the browser of every entry below goes on for pages.
  const datasets = await options
    .locator('section[aria-labelledby="datasets-heading"]')
    .boundingBox();
  if (!datasets) throw new Error('The options page has no datasets section.');
  const height = Math.ceil(datasets.y + datasets.height + 12);
  await options.screenshot({
    path: shots[2],
    fullPage: true,
    clip: { x: 0, y: 0, width: 1100, height },
  });
  // The story editor at work on an article among a news site's clutter.
  shots.push(
    await editorShot(
      context,
      `${server.origin}/fixtures/editor/council-article.html`,
      `${OUTPUT}/editor.png`,
    ),
  );
  console.log('No display found: ran headless and saved what the extension shows:');
  for (const shot of shots) console.log(`  ${shot}`);
  await context.close();
}
await server.close();

/**
 * Screenshots the toolbar popup acting for the demo tab (the active tab), opened as
 * `popup.html?tab=<id>` since a headless browser shows no toolbar; returns the file's path.
 */
async function popupShot(context, path) {
  const extensionId = await extensionIdOf(context);
  const tabId = await activeTabIdOf(context);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('switch', { name: 'Highlight on this site' }).waitFor();
  await popup.locator('main').screenshot({ path });
  return path;
}
