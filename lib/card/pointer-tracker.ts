import type { PageWindow } from './page-window';
import type { PageMention } from '../page/page-mention';

/** What the tracker needs from the page layer. */
export interface TrackedPage {
  /** The window whose events are watched. */
  window: PageWindow;
  /** True when the element under the pointer holds text of a shown mention (one lookup). */
  holdsMention(element: Element): boolean;
  /** The shown mention under a point. */
  mentionAt(x: number, y: number): PageMention | undefined;
  /** True when an event target is part of our own card UI. */
  isOwnUi(target: EventTarget): boolean;
}

/** Where the pointer is and what is under it. */
export interface PointerReport {
  x: number;
  y: number;
  /** Over our own card. */
  overCard: boolean;
  /** The shown mention under the pointer. */
  mention: PageMention | null;
}

/** What the tracker reports. */
export interface PointerEvents {
  /** Where the pointer (mouse or pen hovering) is, once per frame while it moves. */
  moved(state: PointerReport & { element: Element | null }): void;
  /** A tap (touch or pen) that did not scroll. */
  tapped(state: PointerReport): void;
  /** Escape was pressed. */
  escape(): void;
}

const TAP_SLOP_PX = 10;
const TAP_MS = 600;

/**
 * Follows the reader's pointer over the page with passive listeners that never stop or prevent
 * the page's events. Moves are handled once per animation frame, and only hit-tested (a caret
 * lookup, see mentionAtPoint) when the element under the pointer holds mention text: over other
 * text nothing runs. Scrolling under a resting pointer counts as a move. A page that stops
 * propagation before us only keeps us from seeing its events.
 */
export class PointerTracker {
  private last: { x: number; y: number; target: EventTarget | null } | null = null;
  private frame: number | null = null;
  private reportedNothing = true;
  // The subtle style needs to know the block under the pointer even away from mentions.
  private trackBlocks = false;
  private tapStart: { id: number; x: number; y: number; time: number } | null = null;
  private readonly controller = new AbortController();

  constructor(
    private readonly page: TrackedPage,
    private readonly events: PointerEvents,
  ) {
    const { signal } = this.controller;
    const options = { capture: true, passive: true, signal };
    const win = page.window;
    win.addEventListener('pointermove', (event) => this.onMove(event), options);
    win.addEventListener('pointerdown', (event) => this.onDown(event), options);
    win.addEventListener('pointerup', (event) => this.onUp(event), options);
    win.addEventListener('scroll', () => this.onScroll(), options);
    win.document.addEventListener('pointerout', (event) => this.onOut(event), options);
    win.addEventListener('keydown', (event) => this.onKey(event), options);
  }

  /** Reports every move, not only those over mentions (for the subtle style). */
  setTrackBlocks(on: boolean): void {
    this.trackBlocks = on;
  }

  /** Stops listening. */
  stop(): void {
    this.controller.abort();
    if (this.frame !== null) this.page.window.cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private onMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    const target = deepTarget(event);
    this.last = { x: event.clientX, y: event.clientY, target };
    // Over text without mentions, with nothing open: nothing to do at all.
    const relevant = this.isElement(target) && this.page.holdsMention(target);
    if (!relevant && this.reportedNothing && !this.trackBlocks && !this.isOwn(target)) return;
    this.schedule();
  }

  private onScroll(): void {
    if (this.last && !this.reportedNothing) this.schedule();
  }

  private onOut(event: PointerEvent): void {
    // Leaving the window: nothing is under the pointer any more.
    if (event.relatedTarget !== null || event.pointerType === 'touch') return;
    this.last = null;
    this.schedule();
  }

  private onDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse') return;
    const { pointerId: id, clientX: x, clientY: y } = event;
    this.tapStart = { id, x, y, time: event.timeStamp };
  }

  private onUp(event: PointerEvent): void {
    const start = this.tapStart;
    this.tapStart = null;
    if (!start || event.pointerId !== start.id) return;
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y);
    if (moved > TAP_SLOP_PX || event.timeStamp - start.time > TAP_MS) return;
    const target = deepTarget(event);
    const overCard = this.isOwn(target);
    const mention =
      !overCard && this.isElement(target) && this.page.holdsMention(target)
        ? (this.page.mentionAt(event.clientX, event.clientY) ?? null)
        : null;
    this.events.tapped({ x: event.clientX, y: event.clientY, overCard, mention });
  }

  // The page's own Element: the tracked window may be a frame of the document that runs this
  // (the editor's preview), whose elements are not instances of this realm's Element.
  private isElement(target: EventTarget | null): target is Element {
    return target instanceof this.page.window.Element;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.isComposing) this.events.escape();
  }

  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = this.page.window.requestAnimationFrame(() => {
      this.frame = null;
      this.report();
    });
  }

  private report(): void {
    const last = this.last;
    const target = last?.target ?? null;
    const overCard = this.isOwn(target);
    const element = this.isElement(target) ? target : null;
    const mention =
      last && !overCard && element && this.page.holdsMention(element)
        ? (this.page.mentionAt(last.x, last.y) ?? null)
        : null;
    this.reportedNothing = !overCard && mention === null;
    this.events.moved({ x: last?.x ?? -1, y: last?.y ?? -1, overCard, mention, element });
  }

  private isOwn(target: EventTarget | null): boolean {
    return target !== null && this.page.isOwnUi(target);
  }
}

// The innermost target, inside open shadow roots (the event's own target is retargeted to
// their host).
function deepTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
