/** The id of the bundled dataset among all datasets (imported ones never take it). */
export const BUNDLED_ID = 'bundled';
