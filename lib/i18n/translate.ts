/**
 * User-visible strings: every one comes from the browser's i18n catalog
 * (`public/_locales/<lang>/messages.json`), in the browser's language. Components receive a
 * `Translate` function rather than calling the browser, so they render in tests too.
 */
import type messages from '../../public/_locales/en/messages.json';

/** The name of a message in the catalog. */
export type MessageKey = keyof typeof messages;

/** Looks up a message, filling its placeholders with `substitutions` in order. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** The message for a count: `one` for exactly 1, `other` (with the count) for the rest. */
export function countMessage(t: Translate, count: number, one: MessageKey, other: MessageKey) {
  return count === 1 ? t(one) : t(other, count);
}
