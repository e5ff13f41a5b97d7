import '../../assets/highlights.css';
import bundledTable from 'virtual:bundled-scout';
import { browser } from '@wxt-dev/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFirstStage } from '../../lib/content/first-stage';
import { importStage } from '../../lib/content/import-stage';
import type { PageStageModule } from '../../lib/content/page-stage';
import { PAGE_STAGE_PATH } from '../../lib/content/stage-paths';

// The first stage: what every page and frame runs (see lib/content/first-stage.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startFirstStage({
      ctx,
      window,
      bundledTable,
      loadPageStage: () => importStage<PageStageModule>(browser.runtime.getURL(PAGE_STAGE_PATH)),
    });
  },
});
