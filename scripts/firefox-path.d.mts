/** The first Firefox executable that exists (FIREFOX_PATH, firefox-esr, firefox), or null. */
export function resolveFirefox(): string | null;
