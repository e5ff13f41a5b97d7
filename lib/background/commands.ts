/**
 * The keyboard commands, by name: the manifest declares them (wxt.config.ts) and the
 * background acts on them, from this one list.
 */
export const COMMANDS = {
  nextMention: 'next-mention',
  previousMention: 'previous-mention',
  toggleSite: 'toggle-site',
} as const;
