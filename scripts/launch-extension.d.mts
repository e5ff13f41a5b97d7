import type { BrowserContext } from '@playwright/test';
/** A persistent Chromium context (extensions need one) with the built extension loaded. */
export function launchWithExtension(options?: {
  headless?: boolean;
  extensionDir?: string | null;
  viewport?: { width: number; height: number } | null;
  /** A profile directory to keep (default: a temporary one). */
  userDataDir?: string;
  /** More Chromium switches, e.g. `--remote-debugging-port=0`. */
  extraArgs?: string[];
}): Promise<BrowserContext>;
/** The extension's id, read from its service worker's URL. */
export function extensionIdOf(context: BrowserContext): Promise<string>;
