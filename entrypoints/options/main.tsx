import '../../assets/highlights.css';
import '../../components/entry-card.css';
import '../../components/options.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { TranslateContext } from '../../components/use-translate';
import { browserTranslate, uiDirection, uiLanguage } from '../../lib/i18n/browser-translate';
import { downloadText } from '../../lib/options/download';
import { storageOptionsActions } from '../../lib/options/options-actions';
import { storageOptionsSource } from '../../lib/options/options-data';
import { numberFormats } from '../../lib/options/number-formats';

const language = uiLanguage();
const { megabytes, formatDate } = numberFormats(language);
document.documentElement.lang = language;
document.documentElement.dir = uiDirection();
document.title = browserTranslate('optionsTitle');

render(
  <TranslateContext.Provider value={browserTranslate}>
    <OptionsApp
      source={storageOptionsSource}
      actions={storageOptionsActions}
      download={(filename, text) => downloadText(document, filename, text)}
      megabytes={megabytes}
      formatDate={formatDate}
    />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
