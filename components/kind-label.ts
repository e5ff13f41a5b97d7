import type { EntryKind } from '../lib/dataset/types';
import type { MessageKey } from '../lib/i18n/translate';

/** The message naming each kind of entry. */
export const KIND_MESSAGES: Record<EntryKind, MessageKey> = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  group: 'kindGroup',
  place: 'kindPlace',
  event: 'kindEvent',
  concept: 'kindConcept',
};
