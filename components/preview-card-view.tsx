import { createRef, render } from 'preact';
import type { PreviewCardView } from '../lib/editor/article-preview';
import type { CardModel } from '../lib/card/card-model';
import type { Translate } from '../lib/i18n/translate';
import { UI_HOST_TAG } from '../lib/page/element-rules';
import { HoverCard } from './HoverCard';

/**
 * The real card, drawn inside the editor's article frame: one `<context-cards-ui>` element with
 * an open shadow root holding the card's own styles, as pages get it, so the preview shows the
 * card exactly as readers will see it.
 */
export class FrameCardView implements PreviewCardView {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private readonly dialog = createRef<HTMLDivElement>();

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly ui: { t: Translate; lang: string; dir: 'ltr' | 'rtl' },
  ) {}

  render(model: CardModel): Promise<HTMLElement | null> {
    const container = this.container ?? this.make();
    render(<HoverCard model={model} {...this.ui} dialogRef={this.dialog} />, container);
    return Promise.resolve(this.dialog.current);
  }

  hide(): void {
    if (this.container) render(null, this.container);
  }

  isOwnUi(target: EventTarget): boolean {
    const node = target as Node;
    return !!this.host && (node === this.host || node.getRootNode?.() === this.host.shadowRoot);
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = this.container = null;
  }

  private make(): HTMLElement {
    const host = this.doc.createElement(UI_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = this.css;
    const container = this.doc.createElement('div');
    container.className = 'cc-root';
    shadow.append(style, container);
    this.doc.documentElement.append(host);
    this.host = host;
    this.container = container;
    return container;
  }
}
