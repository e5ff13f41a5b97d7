// What `virtual:bundled-scout` is in Vitest: the bundled dataset's scout table, built as the
// build's plugin builds it (tests/unit/scout-table.test.ts holds them equal).
import { scoutTableOf } from '../lib/scout/build-scout-table';
import bundled from './bundled-dictionary';

export default scoutTableOf(bundled, bundled.checksum);
