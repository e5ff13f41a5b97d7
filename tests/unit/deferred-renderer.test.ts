// The first stage draws through a DeferredRenderer: nothing is drawn until the second stage
// attaches the real renderer, which must then draw exactly what the page shows.
import { describe, expect, test, vi } from 'vitest';
import { DeferredRenderer } from '../../lib/page/deferred-renderer';
import type { MentionRenderer } from '../../lib/page/mention-renderer';
import type { PageMention } from '../../lib/page/page-mention';

const mention = (entryId: string) => ({ entryId }) as unknown as PageMention;

function recordingRenderer() {
  const calls: string[] = [];
  const names = (mentions: Iterable<PageMention>) => [...mentions].map((m) => m.entryId).join();
  const renderer: MentionRenderer = {
    changesDom: false,
    adopt: (m) => void calls.push(`adopt ${names(m)}`),
    release: (m) => void calls.push(`release ${names(m)}`),
    show: (m) => void calls.push(`show ${names(m)}`),
    hide: (m) => void calls.push(`hide ${names(m)}`),
    setStyle: (style) => void calls.push(`style ${style}`),
    setNear: (m) => void calls.push(`near ${names(m)}`),
    setActive: (m) => void calls.push(`active ${m?.entryId ?? ''}`),
    releaseWithin: () => [],
    repair: () => void calls.push('repair'),
    clear: () => void calls.push('clear'),
  };
  return { renderer, calls };
}

describe('a deferred renderer', () => {
  test('asks for the real renderer once, when the first mention is to be shown', () => {
    const firstShow = vi.fn();
    const deferred = new DeferredRenderer(firstShow);
    deferred.adopt([mention('a'), mention('b')]);
    deferred.show([]);
    expect(firstShow).not.toHaveBeenCalled();
    deferred.show([mention('a')]);
    deferred.show([mention('b')]);
    expect(firstShow).toHaveBeenCalledTimes(1);
  });

  test('hands over what is adopted and shown, in the style asked for, then forwards', () => {
    const deferred = new DeferredRenderer(() => undefined);
    const [a, b, c] = [mention('a'), mention('b'), mention('c')];
    deferred.setStyle('underline');
    deferred.adopt([a, b, c]);
    deferred.show([a, b, c]);
    deferred.hide([b]);
    deferred.release([c]);
    expect(deferred.attached).toBe(false);
    const { renderer, calls } = recordingRenderer();
    deferred.attach(renderer);
    expect(deferred.attached).toBe(true);
    expect(calls).toEqual(['style underline', 'adopt a,b', 'show a']);
    deferred.show([b]);
    deferred.setActive(a);
    deferred.repair();
    deferred.clear();
    expect(calls.slice(3)).toEqual(['show b', 'active a', 'repair', 'clear']);
  });

  test('draws nothing and forgets everything when cleared before a renderer comes', () => {
    const deferred = new DeferredRenderer(() => undefined);
    deferred.adopt([mention('a')]);
    deferred.show([mention('a')]);
    deferred.clear();
    const { renderer, calls } = recordingRenderer();
    deferred.attach(renderer);
    expect(calls).toEqual(['style background', 'adopt ', 'show ']);
  });
});
