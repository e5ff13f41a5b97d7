import { render } from 'preact';
import '../../components/entry-card.css';
import '../../components/popup.css';
import { PopupApp } from '../../components/PopupApp';
import { TranslateContext } from '../../components/use-translate';
import { browserTranslate, uiDirection, uiLanguage } from '../../lib/i18n/browser-translate';
import { browserPopupActions, browserPopupSource } from '../../lib/popup/popup-actions';

performance.mark('popup-open');
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = browserTranslate('extName');

render(
  <TranslateContext.Provider value={browserTranslate}>
    <PopupApp source={browserPopupSource} actions={browserPopupActions} search={location.search} />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
