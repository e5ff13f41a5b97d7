import { LateShadowHosts } from './late-shadow-hosts';
import { ShadowStyles } from './shadow-styles';

/**
 * The open shadow roots the scan has met: each gets our highlight styles once, hit tests look
 * into them, and custom elements that may attach one later are watched for a while. Roots the
 * page drops are let go (weak references).
 */
export class ShadowRootTracker {
  private roots: WeakRef<ShadowRoot>[] = [];
  private readonly known = new WeakSet<ShadowRoot>();
  private readonly styles: ShadowStyles;
  private readonly lateHosts = new LateShadowHosts();

  constructor(shadowCss: string) {
    this.styles = new ShadowStyles(shadowCss);
  }

  /** Takes in a root; false when it was known already. */
  add(root: ShadowRoot): boolean {
    if (this.known.has(root)) return false;
    this.known.add(root);
    this.roots.push(new WeakRef(root));
    this.styles.adopt(root);
    return true;
  }

  /** Watches a custom element that has no shadow root yet. */
  watchHost(element: Element): void {
    this.lateHosts.watch(element);
  }

  /** The shadow roots that watched elements attached since the last call. */
  lateRoots(): ShadowRoot[] {
    return this.lateHosts.withShadowRoots().map((element) => element.shadowRoot!);
  }

  /** The roots still in memory. */
  live(): ShadowRoot[] {
    return this.roots.map((ref) => ref.deref()).filter((root) => root !== undefined);
  }

  /** Gives every root, now and later, our highlight styles (when none were given at first). */
  setCss(cssText: string): void {
    this.styles.setCss(cssText, this.live());
  }

  /** Lets go of roots the page has dropped. */
  forgetCollected(): void {
    this.roots = this.roots.filter((ref) => ref.deref() !== undefined);
    this.styles.forgetCollected();
  }

  /** Takes our styles out of every root and forgets them all. */
  clear(): void {
    this.styles.removeAll();
    this.roots = [];
    this.lateHosts.clear();
  }
}
