import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundledDictionaryPlugin } from './scripts/bundled-dictionary-plugin';
import { checkDatasetFile } from './scripts/check-dataset';
import { COMMANDS } from './lib/background/commands';

// A broken dataset must never ship: the build stops with the validator's errors.
const checkBundledDataset = () =>
  checkDatasetFile(new URL('./assets/dataset.json', import.meta.url), 'assets/dataset.json');

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: no auto-imported globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), bundledDictionaryPlugin()] }),
  hooks: { 'build:before': checkBundledDataset },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    icons: {
      16: 'icons/16.png',
      32: 'icons/32.png',
      48: 'icons/48.png',
      128: 'icons/128.png',
    },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    // Punctuation with Alt+Shift is free in Chrome, Firefox and the common web apps (Docs and
    // its menus use Alt+Shift+letters); readers can change these in the browser.
    commands: {
      [COMMANDS.nextMention]: {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextMention__',
      },
      [COMMANDS.previousMention]: {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousMention__',
      },
      [COMMANDS.toggleSite]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'context-cards@context-cards.app',
              // 140: the first Firefox with the CSS Custom Highlight API and with
              // data_collection_permissions; Firefox for Android has the latter from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
