import en from '../../public/_locales/en/messages.json';
import type { MessageKey, Translate } from '../../lib/i18n/translate';

type Catalog = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * `Translate` over a messages.json catalog, resolved as browsers do: named placeholders
 * (`$NAME$`) become their content, whose `$1`…`$9` are the substitutions.
 */
export function catalogTranslate(catalog: Catalog = en as Catalog): Translate {
  return (key: MessageKey, ...substitutions) => {
    const entry = catalog[key];
    if (!entry) throw new Error(`no message "${key}"`);
    const subs = substitutions.map(String);
    const fill = (text: string) =>
      text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    });
  };
}
