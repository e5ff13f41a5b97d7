import { describe, expect, test } from 'vitest';
import { displayHost, isIpAddress, parseHostInput, siteOfUrl } from '../../lib/sites/host';
import type { SiteRule, SiteSettings } from '../../lib/sites/site-rules';
import { candidateRuleHosts, siteSwitchChange, siteVerdict } from '../../lib/sites/site-rules';

describe('siteOfUrl', () => {
  test.each([
    ['https://www.example.com/news?id=1', 'example.com'],
    ['https://WWW.Example.COM./', 'example.com'],
    ['http://news.example.com:8080/a', 'news.example.com'],
    ['http://127.0.0.1:5173/demo/', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
    ['http://localhost/', 'localhost'],
    ['https://münchen.de/', 'xn--mnchen-3ya.de'],
    ['https://xn--mnchen-3ya.de/', 'xn--mnchen-3ya.de'],
    ['https://www./', 'www'],
    ['file:///home/reader/page.html', null],
    ['chrome://extensions/', null],
    ['about:blank', null],
    ['moz-extension://abc/popup.html', null],
    ['not a url', null],
  ])('%s → %s', (url, host) => {
    expect(siteOfUrl(url)).toBe(host);
  });
});

describe('parseHostInput', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  www.Example.com  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://example.com/path?q=1', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['192.168.0.1', '192.168.0.1'],
    ['::1', '[::1]'],
    ['[2001:db8::1]:443', '[2001:db8::1]'],
    ['localhost', 'localhost'],
    ['', null],
    ['   ', null],
    ['exa mple.com', null],
    ['a..b', null],
    ['ftp://example.com', null],
    ['file:///etc/hosts', null],
    ['user:pass@example.com', null],
    [`${'a'.repeat(64)}.com`, null],
    ['x'.repeat(600), null],
  ])('%j → %j', (input, host) => {
    expect(parseHostInput(input)).toBe(host);
  });

  test('non-strings are not hosts', () => {
    expect(parseHostInput(42 as unknown as string)).toBeNull();
  });
});

test.each([
  ['xn--mnchen-3ya.de', 'münchen.de'],
  ['example.com', 'example.com'],
  ['[::1]', '[::1]'],
])('displayHost(%s) is %s', (host, shown) => {
  expect(displayHost(host)).toBe(shown);
});

test.each([
  ['127.0.0.1', true],
  ['[::1]', true],
  ['example.com', false],
  ['1.2.3', false],
])('isIpAddress(%s) is %s', (host, ip) => {
  expect(isIpAddress(host)).toBe(ip);
});

const site = (host: string, subdomains = true): SiteRule => ({ host, subdomains });
const settings = (over: Partial<SiteSettings> = {}): SiteSettings => ({
  enabled: true,
  mode: 'all',
  offSites: [],
  onSites: [],
  ...over,
});

describe('siteVerdict', () => {
  test.each<[string, string, Partial<SiteSettings>, boolean, string?]>([
    ['default: on everywhere', 'example.com', {}, true],
    ['extension off', 'example.com', { enabled: false }, false, 'extension-off'],
    ['off site', 'example.com', { offSites: [site('example.com')] }, false, 'site-off'],
    [
      'subdomain of an off site',
      'news.example.com',
      { offSites: [site('example.com')] },
      false,
      'site-off',
    ],
    [
      'subdomain when subdomains are excluded',
      'news.example.com',
      { offSites: [site('example.com', false)] },
      true,
    ],
    ['parent of an off subdomain', 'example.com', { offSites: [site('news.example.com')] }, true],
    ['look-alike suffix', 'badexample.com', { offSites: [site('example.com')] }, true],
    ['IP address rule', '127.0.0.1', { offSites: [site('127.0.0.1')] }, false, 'site-off'],
    ['IP rules have no subdomains', '1.127.0.0.1', { offSites: [site('127.0.0.1')] }, true],
    ['IPv6', '[::1]', { offSites: [site('[::1]')] }, false, 'site-off'],
    ['localhost', 'localhost', { offSites: [site('localhost')] }, false, 'site-off'],
    ['IDN', 'xn--mnchen-3ya.de', { offSites: [site('xn--mnchen-3ya.de')] }, false, 'site-off'],
    ['only mode, not listed', 'example.com', { mode: 'only' }, false, 'not-listed'],
    ['only mode, listed', 'example.com', { mode: 'only', onSites: [site('example.com')] }, true],
    [
      'only mode, subdomain listed via parent',
      'a.b.example.com',
      { mode: 'only', onSites: [site('example.com')] },
      true,
    ],
    [
      'only mode ignores the off list',
      'example.com',
      { mode: 'only', onSites: [site('example.com')], offSites: [site('example.com')] },
      true,
    ],
    ['all mode ignores the on list', 'example.com', { onSites: [site('other.com')] }, true],
    [
      'only mode, extension off',
      'example.com',
      { mode: 'only', enabled: false, onSites: [site('example.com')] },
      false,
      'extension-off',
    ],
  ])('%s', (_name, host, over, on, reason) => {
    const verdict = siteVerdict(host, settings(over));
    expect(verdict.on).toBe(on);
    if (!verdict.on) expect(verdict.reason).toBe(reason);
  });

  test('reports the most specific covering rule', () => {
    const verdict = siteVerdict(
      'a.example.com',
      settings({ offSites: [site('example.com'), site('a.example.com')] }),
    );
    expect(verdict.rule).toEqual(site('a.example.com'));
  });
});

describe('siteSwitchChange', () => {
  test('turning a site off in mode all lists it with its subdomains', () => {
    expect(siteSwitchChange('example.com', settings(), false)).toEqual({
      list: 'off',
      add: site('example.com'),
    });
  });
  test('turning it on again removes the covering rule, even a parent domain’s', () => {
    const offSites = [site('example.com')];
    expect(siteSwitchChange('news.example.com', settings({ offSites }), true)).toEqual({
      list: 'off',
      remove: site('example.com'),
    });
  });
  test('mode only mirrors it with the on list', () => {
    expect(siteSwitchChange('example.com', settings({ mode: 'only' }), true)).toEqual({
      list: 'on',
      add: site('example.com'),
    });
    const onSites = [site('example.com')];
    expect(siteSwitchChange('example.com', settings({ mode: 'only', onSites }), false)).toEqual({
      list: 'on',
      remove: site('example.com'),
    });
  });
  test('nothing to change when the site already is as asked', () => {
    expect(siteSwitchChange('example.com', settings(), true)).toBeNull();
    expect(siteSwitchChange('example.com', settings({ mode: 'only' }), false)).toBeNull();
  });
});

test.each([
  ['a.b.example.com', ['a.b.example.com', 'b.example.com', 'example.com', 'com']],
  ['localhost', ['localhost']],
  ['127.0.0.1', ['127.0.0.1']],
  ['[::1]', ['[::1]']],
])('candidateRuleHosts(%s)', (host, hosts) => {
  expect(candidateRuleHosts(host)).toEqual(hosts);
});
