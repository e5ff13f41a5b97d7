/**
 * The editor's preview: the article in its frame highlighted from the draft exactly as a page
 * would be (the dictionary compiled as the background compiles it, the page engine's annotator
 * and renderer, the display rules of the default settings) and the real card on hover, keyboard
 * and tap (the card controller, drawn through a view the editor gives). Restarted, not patched,
 * when the draft changes: the article is short and the editor debounces.
 */
import type { CardView } from '../card/card-model';
import { cardMentionsOf } from '../card/annotator-card-mentions';
import { CardController } from '../card/card-controller';
import { cardPreferences } from '../card/card-preferences';
import type { PageWindow } from '../card/page-window';
import { Catalog } from '../catalog/catalog';
import type { Dataset } from '../dataset/types';
import { compileDictionary, readCompiledDictionary } from '../dictionary/compiled-dictionary';
import { Dictionary } from '../dictionary/dictionary';
import { startAnnotator } from '../page/annotator';
import { CssHighlightRenderer } from '../page/css-highlight-renderer';
import { displayRules } from '../page/display-rules';
import { DEFAULT_SETTINGS } from '../settings/values';

/** The preview's story id: its entries are `editor-preview/<entry id>` in the card. */
const PREVIEW_ID = 'editor-preview';

/** Where the preview's card is drawn, and how that place is taken away. */
export interface PreviewCardView extends CardView {
  remove(): void;
}

/**
 * Highlights `dataset`'s entries in `window`'s document and runs the card over them. Returns a
 * function that removes every highlight, the card and its listeners; does nothing (and returns
 * a no-op) without the Highlight API.
 */
export function startPreview(
  window: PageWindow,
  dataset: Dataset,
  createView: () => PreviewCardView,
): () => void {
  if (!window.CSS?.highlights || typeof window.Highlight !== 'function') return () => undefined;
  const usable = {
    ...dataset,
    // An alias the validator would refuse cannot be matched; the others still show.
    entries: dataset.entries.filter((entry) =>
      entry.aliases.some((alias) => alias.text.trim().length >= 2),
    ),
  };
  const origin = { id: PREVIEW_ID, source: dataset.source, evidenceChecked: true };
  let catalog: Catalog;
  try {
    catalog = new Catalog([{ origin, dataset: usable }]);
  } catch {
    // An unfinished draft the catalog cannot take in: nothing to preview until it can.
    return () => undefined;
  }
  const body = readCompiledDictionary(compileDictionary(catalog), true);
  if (!body) return () => undefined;
  const dictionary = new Dictionary(body);
  const settings = DEFAULT_SETTINGS;
  let card: CardController | null = null;
  const annotator = startAnnotator({
    document: window.document,
    matcher: dictionary.matcher,
    kindOf: dictionary.kindOf,
    renderer: new CssHighlightRenderer(window.CSS.highlights, window.Highlight),
    host: window,
    rules: displayRules(settings, null),
    onChange: () => card?.mentionsChanged(),
  });
  const view = createView();
  card = new CardController(
    window,
    cardMentionsOf(annotator),
    catalog,
    view,
    cardPreferences(settings),
  );
  const started = card;
  return () => {
    started.stop();
    view.remove();
    annotator.stop();
  };
}
