import { useState } from 'preact/hooks';
import type { OptionsActions } from '../lib/options/options-actions';
import { displayHost, parseHostInput } from '../lib/sites/host';
import type { SiteList, SiteRule } from '../lib/sites/site-rules';
import { MAX_LISTED_SITES } from '../lib/settings/site-limits';
import { clip } from '../lib/dataset/wording';
import { SiteListFiles } from './SiteListFiles';
import { Notice } from './Notice';
import { useTranslate } from './use-translate';

/** The list being edited, and the actions that change it. */
export interface SiteListEditorProps {
  list: SiteList;
  sites: readonly SiteRule[];
  actions: OptionsActions;
  /** Offers a file for download (the list's export). */
  download(filename: string, text: string): void;
}

// Long enough for any real hostname to be quoted whole (most are under 40 characters).
const MAX_QUOTED_INPUT = 80;

/**
 * One site list: a form that adds a site (checked as a hostname first), each listed site with
 * its "include subdomains" switch and a remove button, and the list's import and export.
 */
export function SiteListEditor({ list, sites, actions, download }: SiteListEditorProps) {
  const t = useTranslate();
  const [input, setInput] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inputId = `site-add-${list}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  const add = async (event: Event) => {
    event.preventDefault();
    const host = parseHostInput(input);
    setDone(null);
    // What was typed is quoted back, shortened: a pasted page of text is not a message.
    if (!host) return setError(t('optionsSiteInvalid', clip(input.trim(), MAX_QUOTED_INPUT)));
    if (sites.length >= MAX_LISTED_SITES && !sites.some((site) => site.host === host)) {
      return setError(t('optionsSiteListFull', MAX_LISTED_SITES));
    }
    setError(null);
    await actions.putSite(list, { host, subdomains });
    setInput('');
    setDone(t('optionsSiteAdded', displayHost(host)));
  };

  return (
    <div class="site-list">
      <form class="site-add" onSubmit={(event) => void add(event)} noValidate>
        <label for={inputId}>{t('optionsSiteAddLabel')}</label>
        <div class="row">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={error !== null}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={subdomains}
              onChange={(event) => setSubdomains(event.currentTarget.checked)}
            />
            {t('optionsSiteSubdomains')}
          </label>
          <button type="submit" class="button">
            {t('optionsSiteAdd')}
          </button>
        </div>
        <p class="hint" id={hintId}>
          {t('optionsSiteAddHint')}
        </p>
        {error && (
          <p class="field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
        {done && <Notice tone="done">{done}</Notice>}
      </form>
      {sites.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => {
            const name = displayHost(site.host);
            return (
              <li key={site.host}>
                <span class="site-host">{name}</span>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={site.subdomains}
                    aria-label={t('optionsSiteSubdomainsOf', name)}
                    onChange={(event) =>
                      void actions.putSite(list, {
                        host: site.host,
                        subdomains: event.currentTarget.checked,
                      })
                    }
                  />
                  <span aria-hidden="true">{t('optionsSiteSubdomains')}</span>
                </label>
                <button
                  type="button"
                  class="button button-quiet"
                  aria-label={t('optionsSiteRemoveLabel', name)}
                  onClick={() => void actions.removeSite(list, site.host)}
                >
                  {t('optionsSiteRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <SiteListFiles list={list} sites={sites} actions={actions} download={download} />
    </div>
  );
}
