/** True when `window` has the CSS Custom Highlight API, which draws without touching the DOM. */
export function supportsHighlights(window: Window): boolean {
  const { CSS, Highlight } = window as Window & {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: typeof globalThis.Highlight;
  };
  return Boolean(CSS?.highlights) && typeof Highlight === 'function';
}
