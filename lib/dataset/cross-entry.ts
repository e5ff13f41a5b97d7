// The rules no single entry can break on its own: unique ids, relations that point at real
// entries and go both ways, quotations spoken by people, aliases shared between entries, and
// stop phrases that must guard an alias without being one.
// They run on a dataset that already has the right shape.

import { checkAliasClaims } from './alias-claims';
import { checkStopPhrases } from './stop-phrases';
import type { Dataset, DatasetError, Entry } from './types';
import { clip } from './wording';

const KIND_ARTICLE: Record<Entry['kind'], string> = {
  person: 'a person',
  organization: 'an organization',
  group: 'a group',
  place: 'a place',
  event: 'an event',
  concept: 'a concept',
};

/** Returns every problem that spans several entries of `dataset`, in the order of the file. */
export function findCrossEntryProblems(dataset: Dataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const byId = new Map<string, Entry>();
  dataset.entries.forEach((entry, i) => {
    const first = byId.get(entry.id);
    if (!first) {
      byId.set(entry.id, entry);
    } else {
      const message = `The id "${entry.id}" is already used by the entry "${clip(first.name)}". Every entry needs its own id.`;
      errors.push({ path: `entries[${i}].id`, message });
    }
  });
  dataset.entries.forEach((entry, i) => {
    checkRelated(entry, `entries[${i}]`, byId, errors);
    checkSpeakers(entry, `entries[${i}]`, byId, errors);
  });
  checkAliasClaims(dataset.entries, errors);
  checkStopPhrases(dataset.entries, errors);
  return errors;
}

function checkRelated(entry: Entry, at: string, byId: Map<string, Entry>, errors: DatasetError[]) {
  entry.related.forEach((id, k) => {
    const path = `${at}.related[${k}]`;
    const other = byId.get(id);
    if (entry.related.indexOf(id) < k) {
      errors.push({ path, message: `"${id}" is listed twice.` });
    } else if (id === entry.id) {
      errors.push({ path, message: 'An entry cannot be related to itself.' });
    } else if (!other) {
      errors.push({ path, message: `No entry has the id "${id}".` });
    } else if (!other.related.includes(entry.id)) {
      const message = `The entry "${id}" does not list "${entry.id}" back. Relations go both ways: add "${entry.id}" to the related list of "${id}".`;
      errors.push({ path, message });
    }
  });
}

function checkSpeakers(entry: Entry, at: string, byId: Map<string, Entry>, errors: DatasetError[]) {
  entry.quotes.forEach((quote, k) => {
    const path = `${at}.quotes[${k}].speaker`;
    const speaker = byId.get(quote.speaker);
    if (!speaker) {
      errors.push({
        path,
        message: `No entry has the id "${quote.speaker}". The speaker must be a person entry.`,
      });
    } else if (speaker.kind !== 'person') {
      const message = `"${quote.speaker}" is ${KIND_ARTICLE[speaker.kind]}, not a person. Only a person can be quoted.`;
      errors.push({ path, message });
    }
  });
}
