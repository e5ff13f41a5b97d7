import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { OptionsApp } from '../../components/OptionsApp';
import { TranslateContext } from '../../components/use-translate';
import type { Translate } from '../../lib/i18n/translate';
import { storageOptionsActions } from '../../lib/options/options-actions';
import { storageOptionsSource } from '../../lib/options/options-data';
import { numberFormats } from '../../lib/options/number-formats';
import { catalogTranslate } from './translate';

// Each test starts from an empty document.
afterEach(cleanup);

/**
 * Renders the options page (in English, or with the messages of `translate`) on the fake
 * browser's storage, as the extension does, and waits until it shows its data. `download`
 * records the files it offers.
 */
export async function renderOptions(translate: Translate = catalogTranslate(), language = 'en') {
  const download = vi.fn<(filename: string, text: string) => void>();
  const view = render(
    <TranslateContext.Provider value={translate}>
      <OptionsApp
        source={storageOptionsSource}
        actions={storageOptionsActions}
        download={download}
        {...numberFormats(language)}
      />
    </TranslateContext.Provider>,
  );
  await screen.findByRole('heading', { level: 1, name: translate('optionsTitle') });
  return { ...view, download };
}

/** A file as the picker gives it. */
export function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}
