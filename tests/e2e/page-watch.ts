import type { Page } from '@playwright/test';

/** What a page-world observer saw between DOMContentLoaded and now. */
export interface PageWatch {
  /** Mutation records, summarised, after DOMContentLoaded. */
  mutations: string[];
  /** `document.body.innerHTML` at DOMContentLoaded and now. */
  htmlBefore: string;
  htmlNow: string;
  /** Bounding boxes of all elements at DOMContentLoaded and now, as "tag x y w h" lines. */
  layoutBefore: string[];
  layoutNow: string[];
}

/**
 * Installs, before any page script, an observer of the page's DOM that starts at
 * DOMContentLoaded, as a page author would watch for changes made by an extension.
 */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(installPageWatch);
}

/** The script `watchPage` installs; runs in the page before its own scripts. */
export function installPageWatch(): void {
  const state = { mutations: [] as string[], htmlBefore: '', layoutBefore: [] as string[] };
  (window as unknown as { pageWatch: typeof state }).pageWatch = state;
  const layout = () =>
    [...document.body.querySelectorAll('*')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.localName} ${box.x} ${box.y} ${box.width} ${box.height}`;
    });
  document.addEventListener('DOMContentLoaded', () => {
    state.htmlBefore = document.body.innerHTML;
    state.layoutBefore = layout();
    new MutationObserver((records) => {
      for (const record of records) {
        const nodes = [...record.addedNodes, ...record.removedNodes].map((node) => node.nodeName);
        state.mutations.push(
          `${record.type} ${record.target.nodeName} ${record.attributeName ?? ''} ${nodes.join(',')}`,
        );
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  (window as unknown as { readPageWatch: () => unknown }).readPageWatch = () => ({
    ...state,
    htmlNow: document.body.innerHTML,
    layoutNow: layout(),
  });
}

/** Reads what the observer installed by `watchPage` saw. */
export function readPageWatch(page: Page): Promise<PageWatch> {
  return page.evaluate(() =>
    (window as unknown as { readPageWatch: () => PageWatch }).readPageWatch(),
  );
}
