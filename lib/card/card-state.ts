/**
 * The card's state as one value, and its transitions as pure functions: closed, drawn ahead
 * (hidden, while the pointer dwells on a mention) or open (by hover, tap or keyboard). Where it is
 * anchored travels with the state: the mention, the trail of entries followed from it, and which
 * of the mention's line boxes the card sits beside. Generic over the mention type, so it is
 * tested without a page.
 */
import { CardTrail } from './mention-steps';

/** How the card was opened, which decides focus and whether leaving closes it. */
export type Opener = 'hover' | 'tap' | 'keyboard';

/** Where a card is anchored. */
export interface Anchor<M> {
  readonly mention: M;
  /** The entries followed from the mention's own (its `current` is the one shown). */
  readonly trail: CardTrail;
  /** Which of the mention's line boxes the card is placed beside (a mention may wrap). */
  readonly line: number;
}

/** The card's state. */
export type CardState<M> =
  | { readonly kind: 'closed' }
  | { readonly kind: 'drawnAhead'; readonly anchor: Anchor<M> }
  | { readonly kind: 'open'; readonly anchor: Anchor<M>; readonly opener: Opener };

/** No card. */
export const CLOSED = { kind: 'closed' } as const;

/** The anchor for a card newly opened on `mention` of `entryId`. */
export function anchorAt<M>(mention: M, entryId: string, line: number): Anchor<M> {
  return { mention, trail: new CardTrail(entryId), line };
}

/** The mention a card is anchored to, open or drawn ahead; null when closed. */
export function anchorOf<M>(state: CardState<M>): M | null {
  return state.kind === 'closed' ? null : state.anchor.mention;
}

/** True when the card is open and was opened by keyboard (it holds the focus). */
export function openByKeyboard<M>(state: CardState<M>): boolean {
  return state.kind === 'open' && state.opener === 'keyboard';
}

/**
 * The pointer dwells on `anchor`'s mention (or on none): its card is drawn ahead, hidden, so the
 * end of the dwell only shows it. An open card stays as it is.
 */
export function dwell<M>(state: CardState<M>, anchor: Anchor<M> | null): CardState<M> {
  if (state.kind === 'open') return state;
  return anchor ? { kind: 'drawnAhead', anchor } : CLOSED;
}

/**
 * The card opens on `anchor`'s mention. A card drawn ahead for that mention is kept as it is
 * (`drawn`); otherwise the card starts anew at `anchor`.
 */
export function open<M>(
  state: CardState<M>,
  anchor: Anchor<M>,
  opener: Opener,
): { state: CardState<M>; drawn: boolean } {
  const drawn = state.kind === 'drawnAhead' && state.anchor.mention === anchor.mention;
  return { state: { kind: 'open', anchor: drawn ? state.anchor : anchor, opener }, drawn };
}

/** The open card moves to another mention of its entry (previous, next), keeping its trail. */
export function stepTo<M>(state: CardState<M>, mention: M): CardState<M> {
  if (state.kind === 'closed') return state;
  return { ...state, anchor: { mention, trail: state.anchor.trail, line: 0 } };
}

/** What the page's shown mentions changing means for the card. */
export type MentionsVerdict = 'nothing' | 'redraw' | 'close' | 'discard';

/**
 * The card after the page's shown mentions changed: redrawn (its counts may have changed) while
 * its mention is shown; otherwise an open card closes and one drawn ahead is discarded.
 */
export function afterMentionsChanged<M>(
  state: CardState<M>,
  isShown: (mention: M) => boolean,
): MentionsVerdict {
  if (state.kind === 'closed') return 'nothing';
  if (isShown(state.anchor.mention)) return 'redraw';
  return state.kind === 'open' ? 'close' : 'discard';
}
