// Builds the content script's second stage (entrypoints/content/second-stage.ts) as an ES module
// of its own, which the first stage imports only when a page has something to show. WXT bundles
// content scripts as one classic script, so this runs a second Vite build with the content
// script's own configuration (the same aliases, polyfill and Preact) after WXT's, and lists the
// module as a web-accessible resource for the pages the content script runs on.
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { build, mergeConfig } from 'vite';
import type { ContentScriptEntrypoint } from 'wxt';
import { defineWxtModule } from 'wxt/modules';
import { SECOND_STAGE_PATH } from '../lib/content/second-stage-path';

const SOURCE = 'content/second-stage.ts';
const OUT_DIR = SECOND_STAGE_PATH.slice(1, SECOND_STAGE_PATH.lastIndexOf('/'));
const FILE = SECOND_STAGE_PATH.slice(SECOND_STAGE_PATH.lastIndexOf('/') + 1);

export default defineWxtModule((wxt) => {
  let contentConfig: InlineConfig | undefined;
  let contentScript: ContentScriptEntrypoint | undefined;

  wxt.hooks.hook('vite:build:extendConfig', ([entrypoint], config) => {
    if (entrypoint?.name === 'content') contentConfig = config;
  });
  wxt.hooks.hook('entrypoints:resolved', (_, entrypoints) => {
    contentScript = entrypoints.find(
      (entrypoint): entrypoint is ContentScriptEntrypoint => entrypoint.name === 'content',
    );
  });

  wxt.hooks.hook('build:done', async () => {
    if (!contentConfig) throw new Error('The content script was not built.');
    const config: InlineConfig = {
      logLevel: 'warn',
      build: {
        emptyOutDir: true,
        outDir: resolve(wxt.config.outDir, OUT_DIR),
        lib: {
          entry: resolve(wxt.config.entrypointsDir, SOURCE),
          formats: ['es'],
          fileName: () => FILE,
        },
        rollupOptions: { output: { entryFileNames: FILE, codeSplitting: false } },
      },
    };
    // WXT's own entry and output settings for the content script are replaced, not merged.
    const base: InlineConfig = { ...contentConfig, build: { ...contentConfig.build } };
    delete base.build!.lib;
    delete base.build!.rollupOptions;
    await build(mergeConfig(base, config));
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    const matches = contentScript?.options.matches ?? ['http://*/*', 'https://*/*'];
    manifest.web_accessible_resources ??= [];
    // WXT writes this in Manifest V2's form for Firefox. The dynamic URL (Chrome) changes every
    // session, so a page cannot probe for the file to learn that Context Cards is installed.
    (manifest.web_accessible_resources as unknown[]).push({
      matches,
      resources: [`${OUT_DIR}/*`],
      use_dynamic_url: true,
    });
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(SECOND_STAGE_PATH.slice(1));
  });
});
