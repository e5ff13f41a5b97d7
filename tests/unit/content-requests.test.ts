// The content script's table of requests: which frame answers what, and with what.
import { describe, expect, test, vi } from 'vitest';
import type { PageSnapshot, PageState } from '../../lib/messages';
import type { RequestTarget } from '../../lib/content/content-requests';
import { answerRequest } from '../../lib/content/content-requests';
import type { CardStage } from '../../lib/content/second-stage';

const STATE = { host: 'example.com', status: 'on' } as PageState;
const SNAPSHOT: PageSnapshot = {
  url: 'https://example.com/',
  title: 'T',
  lang: 'en',
  html: '<html></html>',
};

function target(card: Partial<CardStage> | null = null) {
  return {
    pageState: vi.fn(async () => STATE),
    card: vi.fn(async () => card as CardStage | null),
    dismissCard: vi.fn(),
    pageSnapshot: vi.fn(() => SNAPSHOT),
  } satisfies RequestTarget;
}

describe('the top frame', () => {
  test('answers the popup with the page state, without loading the card', async () => {
    const frame = target();
    expect(await answerRequest({ type: 'get-page-state' }, true, frame)).toBe(STATE);
    expect(frame.card).not.toHaveBeenCalled();
  });

  test('opens an entry’s card and steps between mentions through the card', async () => {
    const card = { showEntry: vi.fn(() => true), goToMention: vi.fn(() => true) };
    const frame = target(card);
    expect(await answerRequest({ type: 'show-entry', entryId: 'fifa' }, true, frame)).toBe(true);
    expect(card.showEntry).toHaveBeenCalledWith('fifa');
    const step = { type: 'go-to-mention', direction: 'previous' } as const;
    expect(await answerRequest(step, true, frame)).toBe(true);
    expect(card.goToMention).toHaveBeenCalledWith('previous');
  });

  test('answers the editor with a snapshot of the page, without loading the card', async () => {
    const frame = target();
    expect(await answerRequest({ type: 'get-page-snapshot' }, true, frame)).toBe(SNAPSHOT);
    expect(frame.card).not.toHaveBeenCalled();
  });

  test('answers false where there is no card to show', async () => {
    const frame = target(null);
    expect(await answerRequest({ type: 'show-entry', entryId: 'fifa' }, true, frame)).toBe(false);
    const step = { type: 'go-to-mention', direction: 'next' } as const;
    expect(await answerRequest(step, true, frame)).toBe(false);
  });
});

describe('every frame', () => {
  test('closes its card on Esc elsewhere, answering nothing', () => {
    for (const isTopFrame of [true, false]) {
      const frame = target();
      expect(answerRequest({ type: 'dismiss-card' }, isTopFrame, frame)).toBeUndefined();
      expect(frame.dismissCard).toHaveBeenCalledOnce();
    }
  });

  test('leaves the popup’s requests to the top frame', () => {
    const frame = target({ showEntry: () => true });
    for (const request of [
      { type: 'get-page-state' },
      { type: 'get-page-snapshot' },
      { type: 'show-entry', entryId: 'fifa' },
      { type: 'go-to-mention', direction: 'next' },
    ]) {
      expect(answerRequest(request, false, frame)).toBeUndefined();
    }
    expect(frame.pageState).not.toHaveBeenCalled();
    expect(frame.pageSnapshot).not.toHaveBeenCalled();
    expect(frame.card).not.toHaveBeenCalled();
  });

  test('ignores what is not a request of ours', () => {
    const frame = target();
    for (const message of [null, 'get-page-state', { type: 'show-entry' }, { type: 'nope' }]) {
      expect(answerRequest(message, true, frame)).toBeUndefined();
    }
  });
});
