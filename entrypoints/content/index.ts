import highlightCss from '../../assets/highlights.css?inline';
import '../../assets/highlights.css';
import entryCardCss from '../../components/entry-card.css?inline';
import contextCardCss from '../../components/context-card.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadCatalog, watchCatalog } from '../../lib/catalog/load-catalog';
import { startContentApp } from '../../lib/content/content-app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContentApp({
      ctx,
      window,
      loadCatalog,
      watchCatalog,
      highlightCss,
      cardCss: `${entryCardCss}\n${contextCardCss}`,
    });
  },
});
