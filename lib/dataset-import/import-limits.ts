// How much imported data Context Cards keeps. Imported datasets live in `storage.local`, which
// Chrome caps at 10 MB for an extension without the `unlimitedStorage` permission (Firefox sets
// no such cap). Half of that is left for everything else, and every page's content script reads
// the datasets that are on, so the limits also bound the work each page does.

/** Largest dataset file that can be imported, in bytes. */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;

/** Largest total size of all imported datasets as stored, in bytes. */
export const MAX_IMPORTED_TOTAL_BYTES = 5 * 1024 * 1024;

/** Most datasets that can be imported. */
export const MAX_IMPORTED_DATASETS = 20;
