import messages from '../../public/_locales/en/messages.json';
import type { MessageKey, Translate } from '../../lib/i18n/translate';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * `Translate` from the English catalog, filling placeholders as `browser.i18n` does
 * (`$NAME$` → its `content`, `$1` → the first substitution), so components render the words
 * a reader sees.
 */
export const english: Translate = (key: MessageKey, ...substitutions) => {
  const { message, placeholders = {} } = (messages as Record<string, Message>)[key]!;
  return message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) =>
      String(substitutions[Number(n) - 1] ?? ''),
    );
  });
};
