import { ENTRY_KINDS } from '../dataset/types';
import type { DisplayRules, EntryGate } from './mention-display';
import type { Settings } from '../settings/values';

/**
 * The display rules the reader's settings ask for. The same settings give the same rules
 * object's values, so `sameRules` can tell whether anything needs to be looked at again.
 */
export function displayRules(settings: Settings, storyGate: EntryGate | null): DisplayRules {
  const allKinds = ENTRY_KINDS.every((kind) => settings.kinds.includes(kind));
  return {
    style: settings.highlightStyle,
    kinds: allKinds ? null : new Set(settings.kinds),
    firstMentionOnly: settings.firstMentionOnly,
    gate: settings.storyOnly ? storyGate : null,
  };
}

/** True when two rules show the same mentions the same way. */
export function sameRules(a: DisplayRules, b: DisplayRules): boolean {
  const kinds = (rules: DisplayRules) => (rules.kinds ? [...rules.kinds].sort().join() : '*');
  return (
    a.style === b.style &&
    a.firstMentionOnly === b.firstMentionOnly &&
    a.gate === b.gate &&
    kinds(a) === kinds(b)
  );
}
