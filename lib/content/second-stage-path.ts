/**
 * Where the build puts the second stage in the extension (modules/second-stage.ts), as
 * `runtime.getURL` takes it. It is a web-accessible resource: content scripts import it.
 */
export const SECOND_STAGE_PATH = '/content-scripts/second-stage/second-stage.js';
