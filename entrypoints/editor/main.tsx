import '../../components/entry-card.css';
import '../../components/editor.css';
import { render } from 'preact';
import { EditorApp } from '../../components/EditorApp';
import { TranslateContext } from '../../components/use-translate';
import { browserEditorService } from '../../lib/editor/editor-service';
import { browserTranslate, uiDirection, uiLanguage } from '../../lib/i18n/browser-translate';
import { downloadText } from '../../lib/options/download';
import { numberFormats } from '../../lib/options/number-formats';

const language = uiLanguage();
document.documentElement.lang = language;
document.documentElement.dir = uiDirection();
document.title = browserTranslate('editorTitle');

render(
  <TranslateContext.Provider value={browserTranslate}>
    <EditorApp
      service={browserEditorService}
      search={location.search}
      formatDate={numberFormats(language).formatDate}
      download={(filename, text) => downloadText(document, filename, text)}
    />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
