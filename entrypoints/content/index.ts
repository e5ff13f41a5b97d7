import highlightCss from '../../assets/highlights.css?inline';
import '../../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CountReporter } from '../../lib/content/count-reporter';
import { startPageAnnotation } from '../../lib/content/start-page-annotation';
import { summarizeMentions } from '../../lib/content/page-mentions';
import { bundledDataset } from '../../lib/dataset';
import type { BackgroundRequest, PageMentions } from '../../lib/messages';
import { isContentRequest } from '../../lib/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const isTopFrame = window === window.top;
    // The toolbar badge counts the top frame's mentions.
    const counts = new CountReporter(window, (count) => {
      const message: BackgroundRequest = { type: 'mention-count', count };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    });
    const annotator = startPageAnnotation(window, bundledDataset, {
      shadowCss: highlightCss,
      onChange: (current) => isTopFrame && counts.report(current.display.size),
    });

    const onMessage = (message: unknown): Promise<PageMentions> | undefined => {
      if (!isContentRequest(message) || !isTopFrame) return undefined;
      return Promise.resolve(summarizeMentions(annotator.index, location.href));
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      annotator.stop();
      counts.cancel();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
