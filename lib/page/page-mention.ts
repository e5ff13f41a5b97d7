/** One mention found on the page: where it is and which dataset entry it names. */
export interface PageMention {
  /** The dataset entry it names. */
  readonly entryId: string;
  /** The entry's kind (person, organization, …): it picks the highlight style. */
  readonly kind: string;
  /** The alias that matched. */
  readonly alias: string;
  /**
   * Where it is. Static: a changed page is scanned again rather than tracked range by range.
   * The wrapping fallback moves it (and `nodes`) onto the text nodes it wraps.
   */
  range: StaticRange;
  /** Every text node the mention touches, first to last. */
  nodes: readonly Text[];
}

/** The text a mention covers, read from the page now. */
export function mentionText(mention: PageMention): string {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  if (startContainer === endContainer) {
    return (startContainer as Text).data.slice(startOffset, endOffset);
  }
  return mention.nodes
    .map((node) => {
      const from = node === startContainer ? startOffset : 0;
      const to = node === endContainer ? endOffset : node.data.length;
      return node.data.slice(from, to);
    })
    .join('');
}

/** The part [start, end) of `node` that `mention` covers. */
export function spanInNode(mention: PageMention, node: Text): [number, number] {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  return [
    node === startContainer ? startOffset : 0,
    node === endContainer ? endOffset : node.data.length,
  ];
}
