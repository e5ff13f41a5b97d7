// How long a custom element is watched for a shadow root, in checks (one a second).
const CHECKS = 10;

/**
 * Custom elements seen without a shadow root. When a component's definition loads after the
 * scan, it attaches its shadow root without any mutation the page's observer could see, so
 * these are checked for a while on the annotator's one-second timer.
 */
export class LateShadowHosts {
  private watched: { host: WeakRef<Element>; checksLeft: number }[] = [];
  private readonly seen = new WeakSet<Element>();

  /** Starts watching `element` (once). */
  watch(element: Element): void {
    if (this.seen.has(element)) return;
    this.seen.add(element);
    this.watched.push({ host: new WeakRef(element), checksLeft: CHECKS });
  }

  /** The watched elements that now have an open shadow root; stops watching them. */
  withShadowRoots(): Element[] {
    const found: Element[] = [];
    this.watched = this.watched.filter((entry) => {
      const element = entry.host.deref();
      if (!element) return false;
      if (element.shadowRoot) {
        found.push(element);
        return false;
      }
      return --entry.checksLeft > 0;
    });
    return found;
  }

  /** True while some element is watched. */
  get watching(): boolean {
    return this.watched.length > 0;
  }

  /** Stops watching everything. */
  clear(): void {
    this.watched = [];
  }
}
