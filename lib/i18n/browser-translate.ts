import { browser } from 'wxt/browser';
import type { Translate } from './translate';

/** `Translate` backed by `browser.i18n`, in the browser's language. */
export const browserTranslate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions.map(String));

/** The direction of the browser's language, for the UI's `dir` attribute. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The browser's UI language, for the UI's `lang` attribute. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
