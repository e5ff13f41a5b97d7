import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupActions, PopupSource, PopupTab } from '../lib/popup/popup-actions';
import type { PopupView } from '../lib/popup/popup-model';

/**
 * The popup's state and handlers for the tab it acts for, from its source and actions; re-reads
 * the page after every settings change, and marks `popup-rendered` once the first content is
 * shown.
 */
export function usePopup(source: PopupSource, actions: PopupActions, search: string) {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [tab, setTab] = useState<PopupTab | null>(null);

  const refresh = useCallback(
    async (target: PopupTab | null) => setView(await source.viewOfTab(target)),
    [source],
  );

  useEffect(() => {
    let target: PopupTab | null = null;
    void source.targetTab(search).then((found) => {
      target = found;
      setTab(found);
      return refresh(found);
    });
    // The page applies a change first; ask it again once it has.
    return source.watch(() => void setTimeout(() => void refresh(target), 50));
  }, [source, search, refresh]);

  useEffect(() => {
    if (view.kind === 'loading' || performance.getEntriesByName('popup-rendered').length) return;
    performance.mark('popup-rendered');
    // The entrypoint marks `popup-open` when the page starts (not a popup rendered elsewhere).
    if (performance.getEntriesByName('popup-open').length === 0) return;
    performance.measure('popup-open-to-content', 'popup-open', 'popup-rendered');
  }, [view]);

  const host = view.kind === 'page' ? view.state.host : null;
  return {
    view,
    onSiteSwitch: (on: boolean) => void (host && actions.switchSite(host, on)),
    onGlobalSwitch: (on: boolean) => void actions.switchGlobal(on),
    onShowEntry: (entryId: string) => {
      if (!tab) return;
      void actions.showEntry(tab.id, entryId).then(() => {
        // The real popup steps aside for the card; `?tab=` pages (tests) stay open.
        if (!search.includes('tab=')) actions.close();
      });
    },
    onOpenOptions: () => void actions.openOptions(),
    // Only where the page answered: the editor reads the page through the content script.
    onMakeCards:
      view.kind === 'page' && tab && actions.openEditor
        ? () => {
            void actions.openEditor?.(tab.id).then(() => {
              if (!search.includes('tab=')) actions.close();
            });
          }
        : undefined,
  };
}
