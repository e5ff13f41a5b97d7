/** Where to look, in order: an explicit override, Debian's packages, Playwright's own download. */
export function chromiumCandidates(): string[];
/** The message shown when no Chromium can be found. */
export const NO_CHROMIUM_MESSAGE: string;
/** The first Chromium executable that exists; throws with NO_CHROMIUM_MESSAGE when there is none. */
export function resolveChromium(): string;
