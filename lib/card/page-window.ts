/** The page's window with its constructors (Range, HTMLElement, MessageChannel, …). */
export type PageWindow = Window & typeof globalThis;
