import { ENTRY_KINDS } from '../lib/dataset/types';
import { KIND_MESSAGES } from './kind-label';
import { useTranslate } from './use-translate';

/** One `<option>` per kind of entry, named in the reader's language, for a kind `<select>`. */
export function KindOptions() {
  const t = useTranslate();
  return (
    <>
      {ENTRY_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(KIND_MESSAGES[kind])}
        </option>
      ))}
    </>
  );
}
