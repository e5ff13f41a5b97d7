/** True for a frame given no size (an advert slot, a tracker): it shows nothing. */
export function hasNoSize(window: Window): boolean {
  return window !== window.top && (window.innerWidth === 0 || window.innerHeight === 0);
}
