import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../lib/i18n/translate';

/** The `Translate` of the context a component renders in (the browser's i18n in the extension). */
export const TranslateContext = createContext<Translate>((key) => key);

/** The `Translate` function of the surrounding `TranslateContext`. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
