/**
 * Where the build puts the stages that load on demand (modules/content-stages.ts), as
 * `runtime.getURL` takes them. They are web-accessible resources: content scripts import them.
 */

/** The page stage: the page engine, the matcher and the relevance decision. */
export const PAGE_STAGE_PATH = '/content-scripts/page-stage/page-stage.js';

/** The second stage: drawing and the card. */
export const SECOND_STAGE_PATH = '/content-scripts/second-stage/second-stage.js';
