// The page side of the page watch (see page-watch.ts). Every function here is passed to a
// driver's init script or evaluate and runs inside the page, so each is self-contained.

/** What the watch is told when it is installed; plain data, as it crosses into the page. */
export interface PageWatchOptions {
  /** Tag of the one element Context Cards may add (its UI host). */
  uiHostTag: string;
}

/** What a page-world observer saw, from DOMContentLoaded until it was read. */
export interface PageWatch {
  /** Whether DOMContentLoaded came, which is when watching starts. */
  started: boolean;
  /** Mutation records in the document and in every shadow root, summarised. */
  mutations: string[];
  /** The document serialised with its shadow trees, at DOMContentLoaded and now. */
  htmlBefore: string;
  htmlNow: string;
  /**
   * "tag x y width height" of every element (shadow trees included), once the page had loaded
   * (its images and fonts in), and now.
   */
  layoutBefore: string[];
  layoutNow: string[];
  /** How many UI host elements the document holds now (at most one is allowed). */
  uiHosts: number;
}

/**
 * Installs, before any page script, an observer that starts at DOMContentLoaded and watches the
 * document and every shadow root the page attaches (found by wrapping the page world's
 * `attachShadow`, and by a walk for declarative roots), as a page author would watch for changes
 * made by an extension. The extension's UI host element, once added under `<html>` or `<body>`,
 * and everything inside it are the extension's own and are left out.
 */
export function installPageWatch({ uiHostTag }: PageWatchOptions): void {
  const roots = new Set<Document | ShadowRoot>([document]);
  const shadowOf = new WeakMap<Element, ShadowRoot>();
  const mutations: string[] = [];
  const before = { started: false, html: '', layout: [] as string[] };
  const isHost = (node: Node) => node.nodeType === 1 && (node as Element).localName === uiHostTag;
  const inHost = (node: Node) => {
    for (let at: Node | null = node; at; at = at.parentNode) if (isHost(at)) return true;
    return false;
  };
  const where = (node: Node) => {
    const parts: string[] = [];
    for (let at: Node | null = node; at && parts.length < 12;) {
      if (at.nodeType === 11 && 'host' in at) {
        parts.unshift('#shadow-root');
        at = (at as ShadowRoot).host;
      } else {
        parts.unshift(at.nodeType === 1 ? (at as Element).localName : at.nodeName);
        at = at.parentNode;
      }
    }
    return parts.join('>');
  };
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  const observer = new MutationObserver((records) => note(records));
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      if (inHost(record.target)) continue;
      const added = [...record.addedNodes];
      const removed = [...record.removedNodes];
      const parent = record.target;
      const hostOnly = [...added, ...removed].every(isHost) && added.length + removed.length > 0;
      if (hostOnly && (parent === document.body || parent === document.documentElement)) continue;
      const names = (nodes: Node[], sign: string) =>
        nodes.length ? ` ${sign}${nodes.map((node) => node.nodeName).join(',')}` : '';
      mutations.push(
        `${record.type} at ${where(parent)}${record.attributeName ? ` [${record.attributeName}]` : ''}${names(added, '+')}${names(removed, '-')}`,
      );
    }
  };
  const watchRoot = (root: Document | ShadowRoot) => {
    if (roots.has(root)) return;
    roots.add(root);
    if (before.started) observer.observe(root, options);
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    shadowOf.set(this, root);
    if (!inHost(this)) watchRoot(root);
    return root;
  };
  const shadowRootOf = (element: Element) => shadowOf.get(element) ?? element.shadowRoot;
  // Depth first over the document, entering shadow roots; our UI host is skipped.
  const visit = (node: Node, enter: (node: Node) => string, leave: (node: Node) => string) => {
    const out: string[] = [];
    const walk = (at: Node) => {
      if (isHost(at)) return;
      out.push(enter(at));
      const shadow = at.nodeType === 1 ? shadowRootOf(at as Element) : null;
      if (shadow) {
        out.push(`<#shadow-root ${shadow.mode}>`);
        for (let child = shadow.firstChild; child; child = child.nextSibling) walk(child);
        out.push('</#shadow-root>');
      }
      for (let child = at.firstChild; child; child = child.nextSibling) walk(child);
      out.push(leave(at));
    };
    walk(node);
    return out;
  };
  const serialise = () =>
    visit(
      document,
      (node) => {
        if (node.nodeType === 3) return JSON.stringify((node as Text).data);
        if (node.nodeType === 8) return `<!--${(node as Comment).data}-->`;
        if (node.nodeType !== 1) return '';
        const element = node as Element;
        const attributes = [...element.attributes].map(
          (a) => ` ${a.name}=${JSON.stringify(a.value)}`,
        );
        return `<${element.localName}${attributes.join('')}>`;
      },
      (node) => (node.nodeType === 1 ? `</${(node as Element).localName}>` : ''),
    ).join('');
  const layout = () => {
    const boxes = visit(
      document,
      (node) => {
        if (node.nodeType !== 1) return '';
        const box = (node as Element).getBoundingClientRect();
        const [x, y] = [box.x + scrollX, box.y + scrollY];
        return `${(node as Element).localName} ${x} ${y} ${box.width} ${box.height}`;
      },
      () => '',
    ).filter(Boolean);
    const { scrollWidth, scrollHeight } = document.documentElement;
    return [`page ${scrollWidth} ${scrollHeight}`, ...boxes];
  };
  document.addEventListener('DOMContentLoaded', () => {
    // Open shadow roots the wrapper did not see being attached (declarative ones).
    const findRoot = (node: Node) => {
      const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
      if (shadow) watchRoot(shadow);
      return '';
    };
    visit(document, findRoot, () => '');
    before.started = true;
    before.html = serialise();
    before.layout = layout();
    for (const root of roots) observer.observe(root, options);
  });
  // The page's own layout keeps changing until its images and fonts have arrived: the boxes
  // are taken again then. Nothing of ours can move a box without a mutation, which is watched
  // from DOMContentLoaded on (our highlights are drawn by the browser, outside the layout).
  window.addEventListener('load', () => {
    void document.fonts.ready.then(() => {
      if (before.started) before.layout = layout();
    });
  });
  const read = (): PageWatch => {
    note(observer.takeRecords());
    return {
      started: before.started,
      mutations: [...mutations],
      htmlBefore: before.html,
      htmlNow: serialise(),
      layoutBefore: before.layout,
      layoutNow: layout(),
      uiHosts: document.querySelectorAll(uiHostTag).length,
    };
  };
  (window as unknown as { readPageWatch: () => PageWatch }).readPageWatch = read;
}

/** Reads what `installPageWatch` saw, or null where it is not installed. */
export function readWatchInPage(): PageWatch | null {
  return (window as unknown as { readPageWatch?: () => PageWatch }).readPageWatch?.() ?? null;
}

/**
 * True once the content script is quiet: a full pass is complete and neither a pass nor a slice
 * has run for longer than `periodMs` (the longest period of the engine's timers), so every timer
 * the engine runs has fired at least once since its last work.
 */
export function engineIsQuiet(periodMs: number): boolean {
  const complete = performance.getEntriesByName('context-cards:scan-complete').at(-1);
  if (!complete) return false;
  const slice = performance.getEntriesByName('context-cards:slice').at(-1);
  const lastWork = Math.max(complete.startTime, slice ? slice.startTime + slice.duration : 0);
  return performance.now() - lastWork > periodMs;
}
