import { useState } from 'preact/hooks';
import { useTranslate } from './use-translate';

/** Where no article could be read: says so plainly, and takes the text pasted instead. */
export function PasteArticle(props: { from: string; onUse(text: string): void }) {
  const t = useTranslate();
  const [text, setText] = useState('');
  return (
    <section class="editor-section editor-paste" aria-labelledby="editor-paste-heading">
      <h2 id="editor-paste-heading">{t('editorPasteHeading')}</h2>
      <p>{props.from ? t('editorUnreadable', props.from) : t('editorNoPage')}</p>
      <label for="editor-paste">{t('editorPasteLabel')}</label>
      <textarea
        id="editor-paste"
        rows={12}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="button" disabled={!text.trim()} onClick={() => props.onUse(text)}>
        {t('editorPasteUse')}
      </button>
    </section>
  );
}
