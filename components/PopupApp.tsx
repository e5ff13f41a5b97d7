import type { PopupActions, PopupSource } from '../lib/popup/popup-actions';
import { Popup } from './Popup';
import { usePopup } from './use-popup';

interface PopupAppProps {
  source: PopupSource;
  actions: PopupActions;
  /** The popup page's query string (`?tab=<id>` acts for that tab). */
  search: string;
}

/** The toolbar popup, from the source and actions its entrypoint passes in. */
export function PopupApp({ source, actions, search }: PopupAppProps) {
  return <Popup {...usePopup(source, actions, search)} />;
}
