// The rules by which the end-to-end network guard tells a page's requests from the extension's,
// on request shapes Chromium reported here (Chromium 156, content script of the built extension).
import { describe, expect, test } from 'vitest';
import type { SeenRequest } from '../e2e/request-attribution';
import { notMadeByPage } from '../e2e/request-attribution';

const EXTENSION = 'chrome-extension://gpgflkchcmjmdppofkghbifpagcfdnjd';
const PAGE = 'http://127.0.0.1:8000/fixtures/matching.html';
const CONTENT_SCRIPT = `${EXTENSION}/content-scripts/content.js`;

const request = (partial: Partial<SeenRequest> & Pick<SeenRequest, 'url'>): SeenRequest => ({
  documentUrl: PAGE,
  type: 'Fetch',
  initiator: { type: 'other' },
  ...partial,
});

describe('the page made it', () => {
  test.each<[string, SeenRequest]>([
    ['its navigation', request({ url: PAGE, type: 'Document' })],
    [
      'a resource its HTML names, even on another host',
      request({
        url: 'http://fonts.example/a.css',
        type: 'Stylesheet',
        initiator: { type: 'parser', url: PAGE },
      }),
    ],
    [
      'a request from its own script',
      request({
        url: 'http://127.0.0.1:8000/api',
        initiator: { type: 'script', stack: { callFrames: [{ url: PAGE }] } },
      }),
    ],
    ['its icon', request({ url: 'http://127.0.0.1:8000/favicon.ico', type: 'Other' })],
    [
      'its web app manifest',
      request({ url: 'http://127.0.0.1:8000/app.webmanifest', type: 'Manifest' }),
    ],
    ['a file of the extension', request({ url: `${EXTENSION}/icons/16.png`, type: 'Image' })],
    [
      'a file of the extension through its dynamic URL (the second stage, imported)',
      request({
        url: 'chrome-extension://e29d196e-81c1-4570-a280-5e2aa48e26a4/content-scripts/second-stage/second-stage.js',
        type: 'Script',
        initiator: { type: 'script', stack: { callFrames: [{ url: CONTENT_SCRIPT }] } },
      }),
    ],
  ])('%s', (_, seen) => {
    expect(notMadeByPage(seen, EXTENSION)).toBeNull();
  });
});

describe('the extension made it, or nobody can say the page did', () => {
  test.each<[string, SeenRequest]>([
    [
      'a fetch from the content script',
      request({
        url: 'https://collector.example/?u=x',
        initiator: { type: 'script', stack: { callFrames: [{ url: CONTENT_SCRIPT }] } },
      }),
    ],
    [
      'a fetch whose async parent stack is the content script',
      request({
        url: 'http://127.0.0.1:8000/collect',
        initiator: {
          type: 'script',
          stack: { callFrames: [{ url: '' }], parent: { callFrames: [{ url: CONTENT_SCRIPT }] } },
        },
      }),
    ],
    [
      'an image whose src the content script set',
      request({ url: 'http://127.0.0.1:8000/pixel', type: 'Image' }),
    ],
    [
      'a resource of the extension page',
      request({
        url: 'https://cdn.example/font.woff2',
        type: 'Font',
        documentUrl: `${EXTENSION}/popup.html`,
        initiator: { type: 'parser', url: `${EXTENSION}/popup.html` },
      }),
    ],
    [
      'a resource the extension stylesheet names',
      request({
        url: 'https://cdn.example/x.png',
        type: 'Image',
        initiator: { type: 'parser', url: `${EXTENSION}/content-scripts/content.css` },
      }),
    ],
    [
      'a web socket without an initiator',
      request({ url: 'ws://127.0.0.1:8000/', type: 'WebSocket', documentUrl: '' }),
    ],
  ])('%s', (_, seen) => {
    expect(notMadeByPage(seen, EXTENSION)).toEqual(expect.any(String));
  });
});
