import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadCatalog } from '../catalog/load-catalog';
import { onStorageChange } from '../settings/storage-changes';
import type { PopupView } from './popup-model';
import { showEntry, switchGlobal, switchSite, targetTab, viewOfTab } from './popup-actions';

/**
 * The popup's state and handlers for the tab it acts for; re-reads the page after every
 * settings change, and marks `popup-rendered` once the first content is shown.
 */
export function usePopup(search: string) {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [tab, setTab] = useState<Awaited<ReturnType<typeof targetTab>>>(null);

  const refresh = useCallback(async (target: typeof tab) => {
    setView(await viewOfTab(target, await loadCatalog()));
  }, []);

  useEffect(() => {
    let target: typeof tab = null;
    void targetTab(search).then((found) => {
      target = found;
      setTab(found);
      return refresh(found);
    });
    // The page applies a change first; ask it again once it has.
    return onStorageChange(
      () => true,
      () => void setTimeout(() => void refresh(target), 50),
    );
  }, [search, refresh]);

  useEffect(() => {
    if (view.kind === 'loading' || performance.getEntriesByName('popup-rendered').length) return;
    performance.mark('popup-rendered');
    performance.measure('popup-open-to-content', 'popup-open', 'popup-rendered');
  }, [view]);

  const host = view.kind === 'page' ? view.state.host : null;
  return {
    view,
    onSiteSwitch: (on: boolean) => void (host && switchSite(host, on)),
    onGlobalSwitch: (on: boolean) => void switchGlobal(on),
    onShowEntry: (entryId: string) => {
      if (!tab) return;
      void showEntry(tab.id, entryId).then(() => {
        // The real popup steps aside for the card; `?tab=` pages (tests) stay open.
        if (!search.includes('tab=')) window.close();
      });
    },
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
  };
}
