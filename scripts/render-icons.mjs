// Renders assets/icons/icon.svg to the PNG sizes the manifest uses (public/icons/N.png).
// Run by hand after editing the SVG: `node scripts/render-icons.mjs`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { resolveChromium } from './browser-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = await readFile(`${root}assets/icons/icon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: resolveChromium(),
  args: ['--no-sandbox'],
});
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: `${root}public/icons/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
