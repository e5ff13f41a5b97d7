/* global chrome, document, window, performance, requestIdleCallback, MutationObserver, Node */
// A reference content script for `REFERENCES=1 npm run bench:cost`: the least a first stage can
// do and still read a page — read a few settings, listen for messages and storage changes, and
// read every text node in idle slices — with no matching and no table. WHAT_TO_SHOW is set by
// the bench: text nodes only, or every node (reading each element's name and shadow root, as a
// walk that knows blocks and shadow roots must).
(() => {
  const WHAT_TO_SHOW = 0;
  chrome.runtime.onMessage.addListener(() => false);
  chrome.storage.onChanged.addListener(() => undefined);
  window.addEventListener('keydown', () => undefined, { capture: true, passive: true });
  const settings = [chrome.storage.local.get(['enabled']), chrome.storage.sync.get(['enabled'])];
  Promise.all(settings).then(() => {
    const walker = document.createTreeWalker(document.documentElement, WHAT_TO_SHOW);
    new MutationObserver(() => undefined).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    let line = '';
    const step = (deadline) => {
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) line += ` ${node.data}`;
        else if (node.nodeType === Node.ELEMENT_NODE) {
          line += node.localName.length + (node.shadowRoot ? 1 : 0);
        }
        if (line.length > 4000) line = '';
        if (deadline.timeRemaining() < 1) return requestIdleCallback(step);
      }
      return performance.mark('context-cards:reference-done');
    };
    requestIdleCallback(step);
  });
})();
