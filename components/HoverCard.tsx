import type { Ref } from 'preact';
import type { CardModel } from '../lib/card/card-model';
import type { Translate } from '../lib/i18n/translate';
import { ContextCard } from './ContextCard';
import { TranslateContext } from './use-translate';

/** The hover card as mounted in its shadow root: themed, translated, in the UI's language. */
export interface HoverCardProps {
  model: CardModel;
  t: Translate;
  lang: string;
  dir: 'ltr' | 'rtl';
  dialogRef: Ref<HTMLDivElement>;
}

/** The card inside the page's UI host. */
export function HoverCard({ model, t, lang, dir, dialogRef }: HoverCardProps) {
  return (
    <TranslateContext.Provider value={t}>
      <div class="cc-theme" lang={lang} dir={dir}>
        <ContextCard {...model} dialogRef={dialogRef} />
      </div>
    </TranslateContext.Provider>
  );
}
