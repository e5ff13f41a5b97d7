import { render } from 'preact';
import '../../components/entry-card.css';
import '../../components/popup.css';
import { Popup } from '../../components/Popup';
import { TranslateContext } from '../../components/use-translate';
import { browserTranslate, uiDirection, uiLanguage } from '../../lib/i18n/browser-translate';
import { usePopup } from '../../lib/popup/use-popup';

performance.mark('popup-open');
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = browserTranslate('extName');
function PopupApp() {
  return <Popup {...usePopup(location.search)} />;
}

render(
  <TranslateContext.Provider value={browserTranslate}>
    <PopupApp />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);
