import { useEffect, useRef } from 'preact/hooks';
import { parsePreviewText } from '../lib/options/preview-text';
import { drawPreview, PREVIEW_KIND, PREVIEW_NEAR } from '../lib/options/style-preview';
import type { Settings } from '../lib/settings/values';
import { useTranslate } from './use-translate';

/**
 * A sample paragraph highlighted with the reader's settings, drawn by the page engine's own
 * renderer (see `drawPreview`). The subtle style is shown twice: with the pointer elsewhere
 * (nothing) and near (underlined), so it can be seen without a pointer.
 */
export function HighlightPreview({ settings }: { settings: Settings }) {
  const t = useTranslate();
  const root = useRef<HTMLDivElement>(null);
  const segments = parsePreviewText(t('optionsPreviewText'));
  const subtle = settings.highlightStyle === 'subtle';
  useEffect(() => (root.current ? drawPreview(root.current, settings) : undefined), [settings]);
  const sample = (near: boolean) => (
    <p class="preview-sample" {...(near ? { [PREVIEW_NEAR]: '' } : {})}>
      {subtle && (
        <span class="preview-caption">
          {t(near ? 'optionsPreviewNear' : 'optionsPreviewAway')}{' '}
        </span>
      )}
      {segments.map((segment, i) =>
        segment.kind ? (
          <span key={i} {...{ [PREVIEW_KIND]: segment.kind }}>
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
  return (
    <figure class="preview">
      <figcaption>{t('optionsPreviewLabel')}</figcaption>
      <div ref={root} class="preview-samples">
        {sample(false)}
        {subtle && sample(true)}
      </div>
    </figure>
  );
}
