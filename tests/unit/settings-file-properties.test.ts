// Properties of the settings file and the site list file over generated files: valid ones,
// files with known mistakes put in on purpose, and anything at all.

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ENTRY_KINDS } from '../../lib/dataset/types';
import type { SettingsBackup } from '../../lib/settings/settings-file';
import { parseSettingsFile, settingsFileText } from '../../lib/settings/settings-file';
import { parseSiteListFile, siteListFileText } from '../../lib/settings/site-list-file';
import type { Settings } from '../../lib/settings/values';
import { HIGHLIGHT_STYLES, SETTING_NAMES, SETTING_PARSERS } from '../../lib/settings/values';
import { parseHostInput } from '../../lib/sites/host';
import { SITE_MODES } from '../../lib/sites/site-rules';
import type { SiteRule } from '../../lib/sites/site-rules';

type Json = Record<string, unknown>;

const validSettings: fc.Arbitrary<Settings> = fc.record({
  enabled: fc.boolean(),
  siteMode: fc.constantFrom(...SITE_MODES),
  highlightStyle: fc.constantFrom(...HIGHLIGHT_STYLES),
  kinds: fc.subarray([...ENTRY_KINDS]),
  firstMentionOnly: fc.boolean(),
  hoverDelayMs: fc.integer({ min: 100, max: 1000 }),
  tapOpensCards: fc.boolean(),
  storyOnly: fc.boolean(),
});

/** A list of distinct sites in canonical form, as the options page stores them. */
const siteRules: fc.Arbitrary<SiteRule[]> = fc
  .array(fc.record({ host: fc.domain(), subdomains: fc.boolean() }), { maxLength: 6 })
  .map((rules) => {
    const byHost = new Map<string, SiteRule>();
    for (const rule of rules) {
      const host = parseHostInput(rule.host);
      if (host && !byHost.has(host)) byHost.set(host, { host, subdomains: rule.subdomains });
    }
    return [...byHost.values()];
  });

const validBackup: fc.Arbitrary<SettingsBackup> = fc.record({
  settings: validSettings,
  sites: fc.record({ off: siteRules, on: siteRules }),
});

const unknownName = fc
  .stringMatching(/^[a-z]{1,8}$/)
  .filter(
    (name) =>
      ![
        ...SETTING_NAMES,
        'format',
        'version',
        'settings',
        'sites',
        'off',
        'on',
        'host',
        'subdomains',
      ].includes(name),
  );

/** One mistake put into a settings file, and the path where it must be reported. */
type Mistake = (
  file: Json & { settings: Json; sites: { off: Json[]; on: Json[] } & Json },
) => string | null;

const mistake: fc.Arbitrary<Mistake> = fc.oneof(
  unknownName.map(
    (name): Mistake =>
      (file) =>
        name in file ? null : ((file[name] = 1), name),
  ),
  unknownName.map(
    (name): Mistake =>
      (file) =>
        name in file.settings ? null : ((file.settings[name] = true), `settings.${name}`),
  ),
  unknownName.map(
    (name): Mistake =>
      (file) =>
        name in file.sites ? null : ((file.sites[name] = []), `sites.${name}`),
  ),
  fc
    .tuple(fc.constantFrom(...SETTING_NAMES), fc.constantFrom(null, 'x', 5, 1.5, [], {}))
    .map(([name, value]): Mistake => (file) => {
      if (SETTING_PARSERS[name](value) !== undefined) return null;
      file.settings[name] = value;
      return `settings.${name}`;
    }),
  fc
    .tuple(fc.constantFrom('off', 'on' as const), fc.nat(), unknownName)
    .map(([list, at, name]): Mistake => (file) => {
      const rules = file.sites[list];
      const rule = rules[at % Math.max(1, rules.length)];
      if (!rule || name in rule) return null;
      rule[name] = 0;
      return `sites.${list}[${at % rules.length}].${name}`;
    }),
  fc
    .tuple(
      fc.constantFrom('off', 'on' as const),
      fc.nat(),
      fc.constantFrom('not a host', 'xn--', '', 'a..b'),
    )
    .map(([list, at, host]): Mistake => (file) => {
      const rules = file.sites[list];
      const rule = rules[at % Math.max(1, rules.length)];
      if (!rule) return null;
      rule.host = host;
      return `sites.${list}[${at % rules.length}].host`;
    }),
);

describe('the settings file', () => {
  test.prop([validBackup])(
    'accepts every file it writes, and reads back what was written',
    (backup) => {
      expect(parseSettingsFile(settingsFileText(backup))).toEqual({ ok: true, backup });
    },
  );

  test.prop([validBackup, fc.array(mistake, { minLength: 1, maxLength: 8 })])(
    'refuses a file with mistakes and lists every one of them, where it is',
    (backup, mistakes) => {
      const file = JSON.parse(settingsFileText(backup)) as Parameters<Mistake>[0];
      const paths = new Set(mistakes.map((one) => one(file)).filter((path) => path !== null));
      fc.pre(paths.size > 0);
      const verdict = parseSettingsFile(JSON.stringify(file));
      expect(verdict.ok).toBe(false);
      if (!verdict.ok)
        expect(new Set(verdict.problems.map((problem) => problem.path))).toEqual(paths);
    },
  );

  test.prop([fc.dictionary(fc.constantFrom(...SETTING_NAMES), fc.jsonValue())])(
    'never accepts a value its setting refuses, and applies the ones it accepts',
    (settings) => {
      const verdict = parseSettingsFile(
        JSON.stringify({ format: 'context-cards-settings', version: 1, settings }),
      );
      const refused = Object.entries(settings).filter(
        ([name, value]) => SETTING_PARSERS[name as keyof Settings](value) === undefined,
      );
      if (refused.length > 0) {
        expect(verdict.ok ? [] : verdict.problems).toEqual(
          refused.map(([name]) => ({ path: `settings.${name}`, problem: 'invalid-value' })),
        );
        return;
      }
      expect(verdict.ok).toBe(true);
      for (const [name, value] of Object.entries(settings)) {
        const parse = SETTING_PARSERS[name as keyof Settings] as (v: unknown) => unknown;
        if (verdict.ok)
          expect(verdict.backup.settings[name as keyof Settings]).toEqual(parse(value));
      }
    },
  );

  test.prop([
    fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((body) =>
        JSON.stringify({
          format: 'context-cards-settings',
          version: 1,
          settings: body,
          sites: body,
        }),
      ),
    ),
  ])('never throws, whatever the text', (text) => {
    expect(() => parseSettingsFile(text)).not.toThrow();
  });
});

describe('the site list file', () => {
  test.prop([siteRules])('accepts every file it writes, and reads back the same sites', (sites) => {
    expect(parseSiteListFile(siteListFileText(sites))).toEqual({ ok: true, sites });
  });

  test.prop([
    fc.oneof(
      fc.string(),
      fc
        .jsonValue()
        .map((sites) => JSON.stringify({ format: 'context-cards-sites', version: 1, sites })),
    ),
  ])('never throws, and accepts only sites in canonical form', (text) => {
    const verdict = parseSiteListFile(text);
    if (verdict.ok) for (const { host } of verdict.sites) expect(parseHostInput(host)).toBe(host);
  });
});
