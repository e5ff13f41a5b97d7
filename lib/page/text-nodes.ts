const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Calls `visit` for every text node under `root`, open shadow roots included, without recursion. */
export function forEachTextNode(root: Node, visit: (node: Text) => void): void {
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.nodeType === TEXT_NODE) {
      visit(node as Text);
      continue;
    }
    const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) pending.push(shadow);
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
}
