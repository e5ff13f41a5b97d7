// The page stage, built as an ES module of its own (modules/content-stages.ts) that the first
// stage imports once a page may show something or a reader asks (see lib/content/page-stage.ts).
import { browser } from 'wxt/browser';
import { startContentApp } from '../../lib/content/content-app';
import { importStage } from '../../lib/content/import-stage';
import { loadDictionary, watchDictionary } from '../../lib/content/load-dictionary';
import type { PageStageModule } from '../../lib/content/page-stage';
import type { SecondStageModule } from '../../lib/content/second-stage';
import { SECOND_STAGE_PATH } from '../../lib/content/stage-paths';

const pageStage: PageStageModule = {
  start: ({ ctx, window }) =>
    startContentApp({
      ctx,
      window,
      loadDictionary,
      watchDictionary,
      loadSecondStage: () =>
        importStage<SecondStageModule>(browser.runtime.getURL(SECOND_STAGE_PATH)),
    }),
};

export default pageStage;
