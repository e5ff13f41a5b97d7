import { describe, expect, test } from 'vitest';
import { canonicalHost, displayHost, parseHostInput } from '../../lib/sites/host';

describe('international labels that decode to nothing or to no name are refused', () => {
  // Chromium's URL parser gives these back unchanged, so the check cannot rely on it.
  test.each([
    'xn--',
    'xn--.com',
    'news.xn--',
    'xn--a.com', // decodes to nothing
    'xn--abc-.com', // decodes to plain ASCII
    'xn--zz.com', // not punycode at all
    'xn--ls8h-.com', // not the canonical encoding of what it decodes to
  ])('%s', (hostname) => {
    expect(canonicalHost(hostname)).toBeNull();
  });

  test.each([
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['XN--BCHER-KVA.DE', 'xn--bcher-kva.de'],
    ['www.xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
    ['xn--ls8h.la', 'xn--ls8h.la'],
  ])('%s is a host: %s', (hostname, host) => {
    expect(canonicalHost(hostname)).toBe(host);
  });

  test('typed by a reader, "xn--" is not a site', () => {
    expect(parseHostInput('xn--')).toBeNull();
    expect(parseHostInput('xn--.com')).toBeNull();
  });
});

describe('names are shown in Unicode only where the browser would show them so', () => {
  test.each([
    // Genuine names in one script.
    ['xn--bcher-kva.de', 'bücher.de'],
    ['xn--mnchen-3ya.de', 'münchen.de'],
    ['xn--d1acpjx3f.xn--p1ai', 'яндекс.рф'],
    ['xn--d1acpjx3f.com', 'яндекс.com'],
    ['xn--r8jz45g.jp', '例え.jp'],
    // Latin look-alikes in Cyrillic: "аррӏе" stays punycode, as in the address bar …
    ['xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
    ['news.xn--80ak6aa92e.com', 'news.xn--80ak6aa92e.com'],
    // … unless the top-level domain is Cyrillic, or a country where Cyrillic is at home.
    ['xn--80ak6aa92e.xn--p1ai', 'аррӏе.рф'],
    ['xn--80ak6aa92e.ru', 'аррӏе.ru'],
    // Greek letters that spell a Latin-looking word.
    ['xn--mxa1ag.com', 'xn--mxa1ag.com'],
    // Latin mixed with Cyrillic (an "а" in "pаypal").
    ['xn--pypal-4ve.com', 'xn--pypal-4ve.com'],
    // Symbols and emoji.
    ['xn--ls8h.la', 'xn--ls8h.la'],
    // Addresses and plain names are as they are.
    ['example.com', 'example.com'],
    ['[::1]', '[::1]'],
  ])('%s is shown as %s', (host, shown) => {
    expect(displayHost(host)).toBe(shown);
  });
});
