// International labels in their ASCII form (`xn--` followed by punycode). The URL parser of
// Chromium lets labels through that decode to nothing ("xn--") or to text no international
// name can hold, so every `xn--` label of a host a reader gives is checked here. Pure logic.

import { decode, encode } from 'punycode/';

const ACE_PREFIX = 'xn--';
// Characters IDNA never lets into a label: spaces, controls, format and private-use
// characters, and the full stops that separate labels in other scripts.
const NEVER_IN_LABEL = /[\s\p{C}.\u3002\uFF0E\uFF61]/u;

/** True for a label written in punycode (`xn--…`). */
export function isAceLabel(label: string): boolean {
  return label.startsWith(ACE_PREFIX);
}

/**
 * The Unicode text of a punycode label, or null when it is not a valid international label:
 * it decodes to nothing, fails to decode, holds only ASCII (which never needs punycode), holds a
 * character IDNA refuses, is not in its normalized lower-case form, or does not encode back to
 * the same label.
 */
export function decodeAceLabel(label: string): string | null {
  if (!isAceLabel(label)) return null;
  let text: string;
  try {
    text = decode(label.slice(ACE_PREFIX.length));
  } catch {
    return null;
  }
  if (text === '' || !/[^\0-\x7f]/.test(text) || NEVER_IN_LABEL.test(text)) return null;
  if (text !== text.normalize('NFC') || text !== text.toLowerCase()) return null;
  try {
    return `${ACE_PREFIX}${encode(text)}` === label ? text : null;
  } catch {
    return null;
  }
}
