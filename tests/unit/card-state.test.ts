// The card's states and transitions, without a page: mentions are plain strings here.
import { describe, expect, test } from 'vitest';
import type { CardState } from '../../lib/card/card-state';
import * as card from '../../lib/card/card-state';

const at = (mention: string, line = 0) => card.anchorAt(mention, `entry-${mention}`, line);
const drawnAhead = (mention: string): CardState<string> => card.dwell(card.CLOSED, at(mention));

describe('drawing ahead while the pointer dwells', () => {
  test('a closed card is drawn ahead for the mention dwelt on', () => {
    const state = drawnAhead('a');
    expect(state.kind).toBe('drawnAhead');
    expect(card.anchorOf(state)).toBe('a');
  });

  test('leaving every mention discards the card drawn ahead', () => {
    expect(card.dwell(drawnAhead('a'), null)).toBe(card.CLOSED);
  });

  test('an open card stays open and anchored while the pointer dwells elsewhere', () => {
    const { state } = card.open(card.CLOSED, at('a'), 'hover');
    expect(card.dwell(state, at('b'))).toBe(state);
    expect(card.dwell(state, null)).toBe(state);
  });
});

describe('opening', () => {
  test('the card drawn ahead for the same mention is the one shown', () => {
    const ahead = drawnAhead('a');
    const { state, drawn } = card.open(ahead, at('a', 1), 'hover');
    expect(drawn).toBe(true);
    expect(state).toEqual({
      kind: 'open',
      anchor: (ahead as { anchor: unknown }).anchor,
      opener: 'hover',
    });
  });

  test('another mention, or a closed card, starts anew at the new anchor', () => {
    for (const before of [card.CLOSED, drawnAhead('b')]) {
      const anchor = at('a', 1);
      const { state, drawn } = card.open(before, anchor, 'tap');
      expect(drawn).toBe(false);
      expect(state).toEqual({ kind: 'open', anchor, opener: 'tap' });
    }
  });

  test('an open card opened again (by keyboard) starts anew, and then holds the focus', () => {
    const { state: first } = card.open(card.CLOSED, at('a'), 'hover');
    expect(card.openByKeyboard(first)).toBe(false);
    const { state, drawn } = card.open(first, at('a'), 'keyboard');
    expect(drawn).toBe(false);
    expect(card.openByKeyboard(state)).toBe(true);
  });
});

describe('moving within the entry', () => {
  test('keeps the trail of related entries and goes to the first line box', () => {
    const { state } = card.open(card.CLOSED, at('a', 1), 'hover');
    const trail = (state as { anchor: card.Anchor<string> }).anchor.trail;
    trail.follow('entry-related');
    const moved = card.stepTo(state, 'a2');
    expect(moved).toMatchObject({
      kind: 'open',
      opener: 'hover',
      anchor: { mention: 'a2', line: 0 },
    });
    expect((moved as { anchor: card.Anchor<string> }).anchor.trail.current).toBe('entry-related');
  });

  test('a closed card does not move', () => {
    expect(card.stepTo(card.CLOSED, 'a')).toBe(card.CLOSED);
  });
});

describe('when the page’s shown mentions change', () => {
  const shown =
    (...mentions: string[]) =>
    (mention: string) =>
      mentions.includes(mention);

  test('a card whose mention is still shown is redrawn', () => {
    expect(card.afterMentionsChanged(drawnAhead('a'), shown('a'))).toBe('redraw');
    expect(
      card.afterMentionsChanged(card.open(card.CLOSED, at('a'), 'tap').state, shown('a')),
    ).toBe('redraw');
  });

  test('an open card whose mention went closes; one drawn ahead is discarded', () => {
    expect(card.afterMentionsChanged(card.open(card.CLOSED, at('a'), 'tap').state, shown())).toBe(
      'close',
    );
    expect(card.afterMentionsChanged(drawnAhead('a'), shown())).toBe('discard');
  });

  test('nothing happens to a closed card', () => {
    expect(card.afterMentionsChanged(card.CLOSED, shown())).toBe('nothing');
    expect(card.anchorOf(card.CLOSED)).toBeNull();
  });
});
