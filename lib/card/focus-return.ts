import type { PageWindow } from './page-window';
import { deepActiveElement } from './page-focus';

/**
 * Where focus goes back to when a card that took it closes: the element that had it before the
 * card opened by keyboard (Esc or the close button), if it is still in the page.
 */
export class FocusReturn {
  private element: HTMLElement | null = null;

  constructor(private readonly window: PageWindow) {}

  /** Remembers the element that has the focus now. */
  remember(): void {
    this.element = deepActiveElement(this.window);
  }

  /** Gives the focus back when `give` (the card held it); forgets the element either way. */
  restore(give: boolean): void {
    if (give && this.element?.isConnected) this.element.focus({ preventScroll: true });
    this.element = null;
  }
}
