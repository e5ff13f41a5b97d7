import { useEffect, useRef, useState } from 'preact/hooks';
import highlightCss from '../assets/highlights.css?inline';
import contextCardCss from './context-card.css?inline';
import entryCardCss from './entry-card.css?inline';
import articleCss from './editor-article.css?inline';
import type { PageWindow } from '../lib/card/page-window';
import type { Dataset } from '../lib/dataset/types';
import type { SelectionRead } from '../lib/editor/article-frame';
import { readSelection, writeArticle } from '../lib/editor/article-frame';
import { startPreview } from '../lib/editor/article-preview';
import type { ArticleText } from '../lib/editor/editor-types';
import { FrameCardView } from './preview-card-view';
import { useTranslate } from './use-translate';

// The preview is redrawn once the author pauses (the draft changes with every key).
const PREVIEW_DELAY_MS = 400;

/**
 * The article, in a frame of its own: readable paragraphs, highlighted from the draft as pages
 * will be (with the real card on hover), and where the author selects evidence.
 */
export function ArticleFrame(props: {
  article: ArticleText;
  dataset: Dataset;
  /** Given the function that reads the author's selection in the article. */
  onSelectionReader(read: () => SelectionRead): void;
}) {
  const t = useTranslate();
  const frame = useRef<HTMLIFrameElement>(null);
  const [doc, setDoc] = useState<Document | null>(null);
  const { article, dataset } = props;

  useEffect(() => {
    const target = frame.current?.contentDocument;
    if (!target) return;
    writeArticle(target, article, `${highlightCss}\n${articleCss}`, {
      article: t('editorArticleLabel'),
      from: t('editorArticleFrom'),
    });
    setDoc(target);
  }, [article, t]);

  const { onSelectionReader } = props;
  useEffect(() => {
    onSelectionReader(() => (doc ? readSelection(doc) : { ok: false, why: 'none' }));
  }, [doc, onSelectionReader]);

  useEffect(() => {
    const view = doc?.defaultView as PageWindow | null | undefined;
    if (!doc || !view) return;
    const root = frame.current?.ownerDocument.documentElement;
    const ui = {
      t,
      lang: root?.lang || 'en',
      dir: root?.dir === 'rtl' ? ('rtl' as const) : ('ltr' as const),
    };
    let stop: (() => void) | null = null;
    const timer = setTimeout(() => {
      stop = startPreview(
        view,
        dataset,
        () => new FrameCardView(doc, `${entryCardCss}\n${contextCardCss}`, ui),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      stop?.();
    };
  }, [doc, dataset, t]);

  return <iframe ref={frame} class="editor-article" title={t('editorArticleFrame')} />;
}
