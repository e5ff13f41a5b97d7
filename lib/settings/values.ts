/**
 * The reader's settings as values: their types, defaults and the checks every stored value goes
 * through before it is used. Pure logic; the storage items live in `storage.ts`.
 */
import type { EntryKind } from '../dataset/types';
import type { Parse } from '../parse';
import { ENTRY_KINDS } from '../dataset/types';
import type { SiteMode } from '../sites/site-rules';
import { SITE_MODES } from '../sites/site-rules';

/** How mentions are drawn: a tint with an underline, an underline only, or only when near. */
export type HighlightStyle = 'background' | 'underline' | 'subtle';

/** The styles, in the order the options page lists them. */
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background', 'underline', 'subtle'];

/** The shortest and longest hover delay a reader can choose, in milliseconds. */
export const HOVER_DELAY_RANGE = { min: 100, max: 1000 } as const;

/** Everything the reader can set, as the contexts read it. */
export interface Settings {
  /** The global switch. */
  enabled: boolean;
  siteMode: SiteMode;
  highlightStyle: HighlightStyle;
  /** The kinds of entry to highlight. */
  kinds: readonly EntryKind[];
  /** Highlight only the first mention of each entry on a page. */
  firstMentionOnly: boolean;
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  /** Whether a tap on a highlight opens its card on touch screens. */
  tapOpensCards: boolean;
  /** Highlight everyday names (US, Mexico, …) only on pages about the story. */
  storyOnly: boolean;
}

/** The settings of a new installation. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  siteMode: 'all',
  highlightStyle: 'background',
  kinds: ENTRY_KINDS,
  firstMentionOnly: false,
  hoverDelayMs: 300,
  tapOpensCards: true,
  storyOnly: true,
});

export type { Parse } from '../parse';

const parseBoolean: Parse<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

function parseChoice<T extends string>(choices: readonly T[]): Parse<T> {
  return (value) => (choices.includes(value as T) ? (value as T) : undefined);
}

const parseHoverDelay: Parse<number> = (value) =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= HOVER_DELAY_RANGE.min &&
  value <= HOVER_DELAY_RANGE.max
    ? value
    : undefined;

// A list of kinds is valid when every item is a known kind, once; stored in canonical order.
const parseKinds: Parse<readonly EntryKind[]> = (value) => {
  if (!Array.isArray(value) || value.length > ENTRY_KINDS.length) return undefined;
  if (!value.every((kind) => ENTRY_KINDS.includes(kind))) return undefined;
  if (new Set(value).size !== value.length) return undefined;
  return ENTRY_KINDS.filter((kind) => value.includes(kind));
};

/** The check for each setting. */
export const SETTING_PARSERS: { [K in keyof Settings]: Parse<Settings[K]> } = {
  enabled: parseBoolean,
  siteMode: parseChoice(SITE_MODES),
  highlightStyle: parseChoice(HIGHLIGHT_STYLES),
  kinds: parseKinds,
  firstMentionOnly: parseBoolean,
  hoverDelayMs: parseHoverDelay,
  tapOpensCards: parseBoolean,
  storyOnly: parseBoolean,
};

/** The settings' names, in a stable order. */
export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
