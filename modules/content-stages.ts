// Builds the content script's stages that load on demand (lib/content/stage-paths.ts): the page
// stage, which the first stage imports once a page may show something, and the second stage,
// which the page stage imports when a mention is shown. WXT bundles a content script as one
// classic script, so each runs a Vite build of its own with the content script's configuration
// (the same aliases, polyfill and Preact) after WXT's, as an ES module, listed as a
// web-accessible resource for the pages the content script runs on.
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { build, mergeConfig } from 'vite';
import type { ContentScriptEntrypoint } from 'wxt';
import { defineWxtModule } from 'wxt/modules';
import { PAGE_STAGE_PATH, SECOND_STAGE_PATH } from '../lib/content/stage-paths';

/** Each stage: its source in the entrypoints folder, and where it goes in the extension. */
const STAGES = [
  { source: 'content/page-stage.ts', path: PAGE_STAGE_PATH },
  { source: 'content/second-stage.ts', path: SECOND_STAGE_PATH },
];

type Aliases = NonNullable<NonNullable<InlineConfig['resolve']>['alias']>;

// The aliases with `wxt/browser` resolved to WXT's plain `browser` (globalThis.browser in
// Firefox, chrome in Chrome) instead of the polyfill's.
function withoutPolyfill(aliases: Aliases | undefined): Aliases {
  const plain = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
  if (Array.isArray(aliases))
    return [plain, ...aliases.filter((alias) => alias.find !== plain.find)];
  return { ...aliases, [plain.find]: plain.replacement };
}

const folderOf = (path: string) => path.slice(1, path.lastIndexOf('/'));
const fileOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export default defineWxtModule((wxt) => {
  let contentConfig: InlineConfig | undefined;
  let contentScript: ContentScriptEntrypoint | undefined;

  wxt.hooks.hook('vite:build:extendConfig', ([entrypoint], config) => {
    if (entrypoint?.name !== 'content') return;
    // The stages keep the polyfill; the first stage itself uses the browser's own API (its few
    // calls take the same form in both browsers), so it does not carry the polyfill's 10 KB.
    contentConfig = { ...config, resolve: { ...config.resolve } };
    config.resolve = { ...config.resolve, alias: withoutPolyfill(config.resolve?.alias) };
  });
  wxt.hooks.hook('entrypoints:resolved', (_, entrypoints) => {
    contentScript = entrypoints.find(
      (entrypoint): entrypoint is ContentScriptEntrypoint => entrypoint.name === 'content',
    );
  });

  wxt.hooks.hook('build:done', async () => {
    if (!contentConfig) throw new Error('The content script was not built.');
    // WXT's own entry and output settings for the content script are replaced, not merged.
    const base: InlineConfig = { ...contentConfig, build: { ...contentConfig.build } };
    delete base.build!.lib;
    delete base.build!.rollupOptions;
    for (const stage of STAGES) {
      const file = fileOf(stage.path);
      const config: InlineConfig = {
        logLevel: 'warn',
        build: {
          emptyOutDir: true,
          outDir: resolve(wxt.config.outDir, folderOf(stage.path)),
          lib: {
            entry: resolve(wxt.config.entrypointsDir, stage.source),
            formats: ['es'],
            fileName: () => file,
          },
          rollupOptions: { output: { entryFileNames: file, codeSplitting: false } },
        },
      };
      await build(mergeConfig(base, config));
    }
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    const matches = contentScript?.options.matches ?? ['http://*/*', 'https://*/*'];
    manifest.web_accessible_resources ??= [];
    // WXT writes this in Manifest V2's form for Firefox. The dynamic URL (Chrome) changes every
    // session, so a page cannot probe for the files to learn that Context Cards is installed.
    (manifest.web_accessible_resources as unknown[]).push({
      matches,
      resources: STAGES.map((stage) => `${folderOf(stage.path)}/*`),
      use_dynamic_url: true,
    });
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(...STAGES.map((stage) => stage.path.slice(1)));
  });
});
