// How highlights and fallback marks look on tests/fixtures/kinds.html, which holds one mention
// of each kind in the document and the same six in an open shadow root. The `…InPage`
// functions run in the page (any driver can pass them to its evaluate).
import { expect } from '@playwright/test';
import { ENTRY_KINDS } from '../../lib/dataset/types';

/** The computed style that paints a highlight or a mark: what a reader sees. */
export interface Look {
  backgroundColor: string;
  color: string;
  textDecoration: string;
}

/** The looks in one place (the document or the shadow root), and how plain text looks there. */
export interface PlaceLooks {
  unstyled: Look;
  /** By highlight name, or by "paragraph kind=mark kind" for marks. */
  looks: Record<string, Look>;
}

/** The names of our highlights in the page's registry. */
export function ourHighlightNamesInPage(): string[] {
  return [...CSS.highlights.keys()].filter((name) => name.startsWith('context-cards-'));
}

/** The kind a highlight name styles: its last part ("context-cards-<style>-<kind>"). */
export function kindOfHighlight(name: string): string {
  return name.slice(name.lastIndexOf('-') + 1);
}

/** The computed `::highlight(name)` style of each name, in the document and the shadow root. */
export function highlightLooksInPage(names: string[]): Record<string, PlaceLooks> {
  const look = (element: Element, pseudo: string) => {
    const style = getComputedStyle(element, pseudo);
    const textDecoration = `${style.textDecorationLine} ${style.textDecorationColor}`;
    return { backgroundColor: style.backgroundColor, color: style.color, textDecoration };
  };
  const places = {
    document: document.querySelector('#document p')!,
    shadow: document.querySelector('kinds-box')!.shadowRoot!.querySelector('p')!,
  };
  return Object.fromEntries(
    Object.entries(places).map(([place, element]) => [
      place,
      {
        unstyled: look(element, '::highlight(context-cards-no-such-kind)'),
        looks: Object.fromEntries(
          names.map((name) => [name, look(element, `::highlight(${name})`)]),
        ),
      },
    ]),
  );
}

/** The computed style of each fallback mark, in the document and the shadow root. */
export function markLooksInPage(): Record<string, PlaceLooks> {
  const look = (element: Element) => {
    const style = getComputedStyle(element);
    const textDecoration = `${style.textDecorationLine} ${style.textDecorationColor}`;
    return { backgroundColor: style.backgroundColor, color: style.color, textDecoration };
  };
  const places = {
    document: document.querySelector('#document')!,
    shadow: document.querySelector('kinds-box')!.shadowRoot!,
  };
  return Object.fromEntries(
    Object.entries(places).map(([place, root]) => {
      const marks = [...root.querySelectorAll('context-cards-mark')];
      const key = (mark: Element) =>
        `${mark.closest('p')!.dataset.kind}=${mark.getAttribute('data-kind')}`;
      return [
        place,
        {
          unstyled: look(root.querySelector('p')!),
          looks: Object.fromEntries(marks.map((mark) => [key(mark), look(mark)])),
        },
      ];
    }),
  );
}

/** Each look differs from plain text (a background and an underline) and from every other. */
export function expectDistinctLooks(place: string, { unstyled, looks }: PlaceLooks): void {
  const seen = new Map<string, string>();
  for (const [name, look] of Object.entries(looks)) {
    expect(look.backgroundColor, `${name} in the ${place}: a background`).not.toBe(
      unstyled.backgroundColor,
    );
    expect(look.textDecoration, `${name} in the ${place}: an underline`).toMatch(/^underline /);
    const key = JSON.stringify(look);
    expect(seen.get(key), `${name} looks like ${seen.get(key)} in the ${place}`).toBeUndefined();
    seen.set(key, name);
  }
}

/**
 * One highlight per kind, each with a look of its own in the document, and the same looks in
 * the shadow root (`names` and `places` as the page gave them).
 */
export function expectHighlightLooks(names: string[], places: Record<string, PlaceLooks>): void {
  expect(names.map(kindOfHighlight).sort()).toEqual([...ENTRY_KINDS].sort());
  expectDistinctLooks('document', places.document!);
  expectDistinctLooks('shadow root', places.shadow!);
  expect(places.shadow!.looks, 'the shadow root looks like the document').toEqual(
    places.document!.looks,
  );
}
