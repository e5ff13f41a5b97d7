import { createRef, h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '../../components/HoverCard';
import type { CardModel, CardView } from '../../lib/card/card-model';
import { browserTranslate, uiDirection, uiLanguage } from '../../lib/i18n/browser-translate';
import { UI_HOST_TAG } from '../../lib/page/element-rules';

/**
 * The card's home in the page: one `<context-cards-ui>` element with an open shadow root
 * (WXT's shadow-root UI), made the first time a card is about to open and appended to the
 * document's root element. Page CSS does not reach inside; keys pressed in the card do not
 * reach the page. `remove` takes the element away again.
 */
export class CardHost implements CardView {
  private ui: Promise<ShadowRootContentScriptUi<undefined>> | null = null;
  private shadow: ShadowRoot | null = null;
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private readonly dialog = createRef<HTMLDivElement>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly css: string,
  ) {}

  async render(model: CardModel): Promise<HTMLElement | null> {
    this.ui ??= this.create();
    try {
      await this.ui;
    } catch {
      return null;
    }
    if (!this.container) return null;
    const props = { model, t: browserTranslate, lang: uiLanguage(), dir: uiDirection() };
    render(h(HoverCard, { ...props, dialogRef: this.dialog }), this.container);
    return this.dialog.current;
  }

  hide(): void {
    if (this.container) render(null, this.container);
  }

  isOwnUi(target: EventTarget): boolean {
    if (!this.host || !(target instanceof Node)) return false;
    return target === this.host || target.getRootNode() === this.shadow;
  }

  /** Takes the card and its host element out of the page. */
  remove(): void {
    this.hide();
    void this.ui?.then((ui) => ui.remove()).catch(() => undefined);
    this.ui = null;
    this.host = this.shadow = this.container = null;
  }

  private create(): Promise<ShadowRootContentScriptUi<undefined>> {
    const made = this.make().then((ui) => {
      // Removed while it was being made: take it away again.
      if (this.ui !== made) ui.remove();
      return ui;
    });
    return made;
  }

  private async make(): Promise<ShadowRootContentScriptUi<undefined>> {
    const ui = await createShadowRootUi<undefined>(this.ctx, {
      name: UI_HOST_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: this.css,
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow, host) => {
        container.setAttribute('class', 'cc-root');
        this.container = container;
        this.shadow = shadow;
        this.host = host;
      },
    });
    ui.mount();
    return ui;
  }
}
