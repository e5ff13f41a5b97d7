/** The most sites one list holds; sync storage allows 512 keys in all. */
export const MAX_LISTED_SITES = 400;
