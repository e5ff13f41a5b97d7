import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { checkDatasetFile } from './scripts/check-dataset';

// A broken dataset must never ship: the build stops with the validator's errors.
const checkBundledDataset = () =>
  checkDatasetFile(new URL('./assets/dataset.json', import.meta.url), 'assets/dataset.json');

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: no auto-imported globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: { 'build:before': checkBundledDataset },
  manifest: ({ browser }) => ({
    name: 'Context Cards',
    description:
      'Highlights the people, groups, places and ideas of a news story on any page and explains them in a card when you hover.',
    permissions: ['storage'],
    icons: {
      16: 'icons/16.png',
      32: 'icons/32.png',
      48: 'icons/48.png',
      128: 'icons/128.png',
    },
    action: {
      default_title: 'Context Cards',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'context-cards@context-cards.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
