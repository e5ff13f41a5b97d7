/**
 * Hostnames as site rules name them: lower case, punycode for international names, no port, no
 * trailing dot and no leading `www.` (a site and its `www.` address are the same site to a
 * reader). Pure logic: the URL parser does the IDNA work, so this runs in every context and in
 * Node alike.
 */

import { displayLabels } from './idn-display';
import { decodeAceLabel, isAceLabel } from './idn-label';

// Longest hostname DNS allows; anything longer is not a site.
const MAX_HOST_LENGTH = 253;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// What a hostname is made of once the URL parser has written it in ASCII (punycode).
const HOSTNAME_CHARS = /^[a-z0-9_.-]+$/i;

/** The site of a page's URL, or null for pages that are not web sites (`file:`, `about:`, …). */
export function siteOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return canonicalHost(parsed.hostname);
}

/**
 * The canonical form of a hostname a reader typed or pasted: `WWW.Example.com.`, `münchen.de`,
 * `https://example.com:8080/path`, `::1` and `[::1]:3000` all work. Null when it is not a
 * hostname (spaces, a path alone, an empty label, …).
 */
export function parseHostInput(input: string): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text === '' || text.length > 2 * MAX_HOST_LENGTH) return null;
  // A bare IPv6 address has colons that the URL parser would read as a port.
  if (!text.includes('[') && (text.match(/:/g)?.length ?? 0) > 1 && !text.includes('/')) {
    text = `[${text}]`;
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  // Chromium's parser keeps some characters no hostname has, escaped ("a b" → "a%20b").
  if (!isIpAddress(parsed.hostname) && !HOSTNAME_CHARS.test(parsed.hostname)) return null;
  return canonicalHost(parsed.hostname);
}

/** True for an IPv4 or IPv6 address, which has no subdomains. */
export function isIpAddress(host: string): boolean {
  return host.startsWith('[') || IPV4.test(host);
}

/**
 * The host shown to readers: the canonical form, with each international label written in
 * Unicode where the browser's address bar would write it so, and in punycode where that could
 * pass for another name (see `idn-display.ts`).
 */
export function displayHost(host: string): string {
  return isIpAddress(host) ? host : displayLabels(host.split('.')).join('.');
}

/**
 * The canonical form of a hostname as a URL parser gives it, or null when it is none: empty, too
 * long, with an empty or over-long label, or with an international label that decodes to
 * nothing or to text no name can hold (Chromium's parser lets `xn--` through, for one).
 */
export function canonicalHost(hostname: string): string | null {
  let host = hostname.toLowerCase().replace(/\.+$/, '');
  if (host === '' || host.length > MAX_HOST_LENGTH) return null;
  if (!isIpAddress(host)) {
    const labels = host.split('.');
    if (labels.some((label) => label === '' || label.length > 63)) return null;
    if (labels.some((label) => isAceLabel(label) && decodeAceLabel(label) === null)) return null;
    if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  }
  return host;
}
