import type { Mock } from 'vitest';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PointerTracker } from '../../lib/card/pointer-tracker';
import type { PageWindow } from '../../lib/card/page-window';
import type { PageMention } from '../../lib/page/page-mention';

const mention = { entryId: 'marco-rubio' } as PageMention;
let holds: Element | null;
let mentionAt: Mock<(x: number, y: number) => PageMention>;
type Handler = (state?: unknown) => void;
let events: { moved: Mock<Handler>; tapped: Mock<Handler>; escape: Mock<Handler> };
let tracker: PointerTracker;

beforeEach(() => {
  document.body.innerHTML = '<p id="plain">Plain text</p><p id="mention">Marco Rubio</p>';
  holds = document.querySelector('#mention');
  mentionAt = vi.fn<(x: number, y: number) => PageMention>(() => mention);
  events = { moved: vi.fn<Handler>(), tapped: vi.fn<Handler>(), escape: vi.fn<Handler>() };
  tracker = new PointerTracker(
    {
      window: window as unknown as PageWindow,
      holdsMention: (element) => element === holds,
      mentionAt,
      isOwnUi: () => false,
    },
    events,
  );
});
afterEach(() => tracker.stop());

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
function pointer(type: string, target: string, init: PointerEventInit = {}) {
  const event = new PointerEvent(type, {
    bubbles: true,
    composed: true,
    clientX: 10,
    clientY: 20,
    pointerType: 'mouse',
    ...init,
  });
  document.querySelector(target)!.dispatchEvent(event);
}

test('over text without mentions nothing runs, not even a frame', async () => {
  for (let i = 0; i < 20; i++) pointer('pointermove', '#plain');
  await frame();
  expect(mentionAt).not.toHaveBeenCalled();
  expect(events.moved).not.toHaveBeenCalled();
});

test('over mention text, moves are hit-tested once per frame', async () => {
  for (let i = 0; i < 20; i++) pointer('pointermove', '#mention', { clientX: 10 + i });
  await frame();
  expect(mentionAt).toHaveBeenCalledTimes(1);
  expect(mentionAt).toHaveBeenCalledWith(29, 20);
  expect(events.moved).toHaveBeenCalledWith(expect.objectContaining({ mention, overCard: false }));
  // Leaving for plain text is reported once, so that the card can close.
  pointer('pointermove', '#plain');
  await frame();
  expect(events.moved).toHaveBeenLastCalledWith(expect.objectContaining({ mention: null }));
  pointer('pointermove', '#plain');
  await frame();
  expect(events.moved).toHaveBeenCalledTimes(2);
});

test('touch moves are not hovers; a short tap is a tap, a drag is not', async () => {
  pointer('pointermove', '#mention', { pointerType: 'touch' });
  await frame();
  expect(events.moved).not.toHaveBeenCalled();
  pointer('pointerdown', '#mention', { pointerType: 'touch', pointerId: 3 });
  pointer('pointerup', '#mention', { pointerType: 'touch', pointerId: 3 });
  expect(events.tapped).toHaveBeenCalledWith(expect.objectContaining({ mention }));
  pointer('pointerdown', '#mention', { pointerType: 'touch', pointerId: 4 });
  pointer('pointerup', '#mention', { pointerType: 'touch', pointerId: 4, clientY: 90 });
  expect(events.tapped).toHaveBeenCalledTimes(1);
});

test('Esc is reported; the page’s events are neither stopped nor prevented', () => {
  const seen = vi.fn();
  document.addEventListener('keydown', seen);
  const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  document.body.dispatchEvent(key);
  expect(events.escape).toHaveBeenCalledTimes(1);
  expect(seen).toHaveBeenCalledTimes(1);
  expect(key.defaultPrevented).toBe(false);
  document.removeEventListener('keydown', seen);
});

test('a page that stops propagation in the capture phase makes us miss events, not throw', async () => {
  const stop = (event: Event) => event.stopImmediatePropagation();
  tracker.stop();
  window.addEventListener('pointermove', stop, true);
  tracker = new PointerTracker(
    {
      window: window as unknown as PageWindow,
      holdsMention: () => true,
      mentionAt,
      isOwnUi: () => false,
    },
    events,
  );
  expect(() => pointer('pointermove', '#mention')).not.toThrow();
  await frame();
  expect(mentionAt).not.toHaveBeenCalled();
  window.removeEventListener('pointermove', stop, true);
});

test('after stop() nothing is heard', async () => {
  tracker.stop();
  pointer('pointermove', '#mention');
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await frame();
  expect(events.moved).not.toHaveBeenCalled();
  expect(events.escape).not.toHaveBeenCalled();
});
