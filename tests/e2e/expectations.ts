import type { Highlighted } from './page-helpers';

const byTextThenKind = (a: Highlighted, b: Highlighted) =>
  a.text.localeCompare(b.text) || a.kind.localeCompare(b.kind);

/** Every highlight tests/fixtures/matching.html must get, sorted as `highlighted()` sorts. */
export const MATCHING_FIXTURE_HIGHLIGHTS: Highlighted[] = [
  { kind: 'person', text: 'Claudia Sheinbaum' }, // heading
  { kind: 'concept', text: 'foreign terrorist organization' }, // across <em>
  { kind: 'person', text: 'Claudia Sheinbaum' }, // across <a>
  { kind: 'person', text: 'Marco\n      Rubio' }, // line break inside the name
  { kind: 'person', text: 'Ron\u00a0DeSantis' }, // &nbsp;
  { kind: 'person', text: 'Sheinbaum' }, // Sheinbaum’s
  { kind: 'person', text: 'Infantino' }, // Infantino's
  { kind: 'person', text: 'Claudia Sheinbaum' }, // Spanish paragraph
  { kind: 'person', text: 'Andrés Manuel López Obrador' },
  { kind: 'organization', text: 'cárteles' }, // Spanish plural of "cartel"
  { kind: 'person', text: 'Marco Rubio' }, // list
  { kind: 'organization', text: 'FIFA' },
  { kind: 'person', text: 'Gianni Infantino' }, // table
  { kind: 'person', text: 'Ron DeSantis' },
  { kind: 'person', text: 'SHEINBAUM' }, // a headline in capitals
  { kind: 'person', text: 'RUBIO' }, // a case-sensitive alias, in capitals among capitals
  { kind: 'place', text: 'U.S.' }, // with its final dot; "Washington Post" highlights nothing
  { kind: 'person', text: 'Sheinbaum' }, // its own paragraph: "Claudia" above does not join it
  { kind: 'place', text: 'Pacific Ocean' }, // a place of the story, not the strike campaign
].sort(byTextThenKind);

/** Every highlight tests/fixtures/imported-story.html gets with examples/dataset-valid.json. */
export const IMPORTED_STORY_HIGHLIGHTS: Highlighted[] = [
  { kind: 'organization', text: 'AquaNorte' },
  { kind: 'person', text: 'Carvalho' },
  { kind: 'person', text: 'Inês Carvalho' },
  { kind: 'place', text: 'River Tamel' },
  { kind: 'place', text: 'Valmora' },
  { kind: 'group', text: 'Valmora Water Assembly' },
];
