/**
 * Our highlight styles inside open shadow roots: the document's stylesheet does not reach text
 * there. A constructed sheet is adopted, so no element is added to the component.
 */
export class ShadowStyles {
  private sheet: CSSStyleSheet | null = null;
  private adopted: WeakRef<ShadowRoot>[] = [];
  private readonly seen = new WeakSet<ShadowRoot>();

  constructor(private cssText: string) {}

  /**
   * Sets the styles when they were not given at first (they come with the code that draws);
   * `roots` get them now.
   */
  setCss(cssText: string, roots: readonly ShadowRoot[]): void {
    if (this.cssText) return;
    this.cssText = cssText;
    for (const root of roots) this.adopt(root);
  }

  /** Adds our styles to `root` once. */
  adopt(root: ShadowRoot): void {
    if (this.seen.has(root) || !this.cssText) return;
    this.seen.add(root);
    try {
      this.sheet ??= this.createSheet(root);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.adopted.push(new WeakRef(root));
    } catch {
      // A component may freeze or replace adoptedStyleSheets: its mentions stay unstyled.
    }
  }

  /** Lets go of shadow roots the page has dropped. */
  forgetCollected(): void {
    this.adopted = this.adopted.filter((ref) => ref.deref() !== undefined);
  }

  /** Takes our styles out of every shadow root they were added to. */
  removeAll(): void {
    for (const ref of this.adopted.splice(0)) {
      const root = ref.deref();
      if (!root || !this.sheet) continue;
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch {
        // See adopt().
      }
    }
  }

  private createSheet(root: ShadowRoot): CSSStyleSheet {
    const SheetClass = root.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new SheetClass();
    sheet.replaceSync(this.cssText);
    return sheet;
  }
}
