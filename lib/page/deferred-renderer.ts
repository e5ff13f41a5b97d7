import type { MentionRenderer, MentionStyle } from './mention-renderer';
import type { PageMention } from './page-mention';

/**
 * A renderer that draws nothing until a real one is attached: what the page stage of the
 * content script scans with, so that a page where nothing is shown never loads the code that
 * draws. It keeps what a renderer must know (the mentions adopted and shown, the style) and
 * calls `onFirstShow` the first time a mention is to be shown; `attach` then hands all of it to
 * the real renderer, which takes every call from there on.
 */
export class DeferredRenderer implements MentionRenderer {
  readonly changesDom = false;
  private target: MentionRenderer | null = null;
  private readonly adopted = new Set<PageMention>();
  private readonly shown = new Set<PageMention>();
  private style: MentionStyle = 'background';
  private asked = false;

  constructor(private readonly onFirstShow: () => void) {}

  /** True once a real renderer draws. */
  get attached(): boolean {
    return this.target !== null;
  }

  /**
   * Hands everything over to `renderer` (which must not change the DOM): from now on it draws.
   */
  attach(renderer: MentionRenderer): void {
    if (this.target) return;
    this.target = renderer;
    renderer.setStyle(this.style);
    renderer.adopt([...this.adopted]);
    renderer.show(this.shown);
    this.adopted.clear();
    this.shown.clear();
  }

  adopt(mentions: readonly PageMention[]): void {
    if (this.target) return this.target.adopt(mentions);
    for (const mention of mentions) this.adopted.add(mention);
  }

  release(mentions: readonly PageMention[]): void {
    if (this.target) return this.target.release(mentions);
    for (const mention of mentions) {
      this.adopted.delete(mention);
      this.shown.delete(mention);
    }
  }

  show(mentions: Iterable<PageMention>): void {
    if (this.target) return this.target.show(mentions);
    for (const mention of mentions) this.shown.add(mention);
    if (this.shown.size > 0 && !this.asked) {
      this.asked = true;
      this.onFirstShow();
    }
  }

  hide(mentions: Iterable<PageMention>): void {
    if (this.target) return this.target.hide(mentions);
    for (const mention of mentions) this.shown.delete(mention);
  }

  setStyle(style: MentionStyle): void {
    this.style = style;
    this.target?.setStyle(style);
  }

  setNear(mentions: readonly PageMention[]): void {
    this.target?.setNear(mentions);
  }

  setActive(mention: PageMention | null): void {
    this.target?.setActive(mention);
  }

  releaseWithin(): PageMention[] {
    // Only renderers that change the DOM hold mentions inside a region.
    return [];
  }

  repair(): void {
    this.target?.repair();
  }

  clear(): void {
    this.target?.clear();
    this.adopted.clear();
    this.shown.clear();
  }
}
