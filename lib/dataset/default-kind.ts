import type { EntryKind } from './types';

/** The kind of an entry nothing says the kind of (an unknown id): a concept. */
export const DEFAULT_KIND: EntryKind = 'concept';
