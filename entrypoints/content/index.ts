import '../../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentApp } from '../../lib/content/content-app';
import { loadDictionary, watchDictionary } from '../../lib/content/load-dictionary';
import type { SecondStageModule } from '../../lib/content/second-stage';
import { SECOND_STAGE_PATH } from '../../lib/content/second-stage-path';

// The first stage: what every page and frame runs (see lib/content/second-stage.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContentApp({
      ctx,
      window,
      loadDictionary,
      watchDictionary,
      loadSecondStage: async () => {
        const url = browser.runtime.getURL(SECOND_STAGE_PATH);
        const module = (await import(/* @vite-ignore */ url)) as { default: SecondStageModule };
        return module.default;
      },
    });
  },
});
