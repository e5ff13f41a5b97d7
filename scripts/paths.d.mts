/** The repository root, with a trailing slash. */
export const ROOT: string;
/** The built Chrome extension. */
export const CHROME_BUILD: string;
/** The built Firefox extension. */
export const FIREFOX_BUILD: string;
/** Material shared beside the repository: the source article and the page corpus. */
export const SHARED: string;
/** What the test and demo server serves, URL prefix → directory. */
export const SERVED: Record<string, string>;
