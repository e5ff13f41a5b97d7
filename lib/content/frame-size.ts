/** True for a frame given no size (an advert slot, a tracker): it shows nothing. */
export function hasNoSize(window: Window): boolean {
  return window !== window.top && (window.innerWidth === 0 || window.innerHeight === 0);
}

/**
 * Calls `sized` once the frame has a size. A frame can read as having none before its first
 * layout, and the `resize` event does not always follow that layout, so the frame's root is
 * watched too (a ResizeObserver reports its first size, and costs nothing while there is none).
 */
export function whenSized(window: Window & typeof globalThis, sized: () => void): void {
  const root = window.document.documentElement;
  let observer: ResizeObserver | null = null;
  const check = () => {
    if (hasNoSize(window)) return;
    window.removeEventListener('resize', check);
    observer?.disconnect();
    sized();
  };
  window.addEventListener('resize', check, { passive: true });
  if (root && typeof window.ResizeObserver === 'function') {
    observer = new window.ResizeObserver(check);
    observer.observe(root);
  }
}
