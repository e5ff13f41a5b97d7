import type { ContentRequest, PageSnapshot, PageState } from '../messages';
import { isContentRequest } from '../messages';
import type { CardStage } from './second-stage';

/** What a frame answers requests from. */
export interface RequestTarget {
  /** What the popup shows of the page, once pending setting changes are applied. */
  pageState(): Promise<PageState>;
  /** The card, loading the second stage if needed; null where nothing is shown. */
  card(): Promise<CardStage | null>;
  /** Closes an open card. */
  dismissCard(): void;
  /** A copy of the page's document as text, for the editor; the page is not changed. */
  pageSnapshot(): PageSnapshot;
}

type RequestOf<T extends ContentRequest['type']> = Extract<ContentRequest, { type: T }>;

interface Handler<T extends ContentRequest['type']> {
  /** Only the top frame answers: the popup and the commands act on the page the reader sees. */
  topFrameOnly: boolean;
  /** The first stage loads the page stage to answer (else it answers only once loaded). */
  loadsPage: boolean;
  /** The answer; undefined answers nothing, so the sender hears another frame. */
  answer(request: RequestOf<T>, target: RequestTarget): Promise<unknown> | undefined;
}

/** One handler per request the content script takes (the table keeps the protocol complete). */
const HANDLERS: { [T in ContentRequest['type']]: Handler<T> } = {
  'get-page-state': {
    topFrameOnly: true,
    loadsPage: true,
    answer: (_, target) => target.pageState(),
  },
  // The editor reads the page the reader sees, whether or not Context Cards runs on its site.
  'get-page-snapshot': {
    topFrameOnly: true,
    loadsPage: true,
    answer: async (_, target) => target.pageSnapshot(),
  },
  'show-entry': {
    topFrameOnly: true,
    loadsPage: true,
    answer: async ({ entryId }, target) => (await target.card())?.showEntry(entryId) ?? false,
  },
  'go-to-mention': {
    topFrameOnly: true,
    loadsPage: true,
    answer: async ({ direction }, target) => (await target.card())?.goToMention(direction) ?? false,
  },
  // Every frame closes its card on Esc.
  'dismiss-card': {
    topFrameOnly: false,
    // A frame that never loaded the page stage has no card to close.
    loadsPage: false,
    answer: (_, target) => {
      target.dismissCard();
      return undefined;
    },
  },
};

/**
 * How a frame's first stage takes `message`: `load` to answer it with the page stage (loading it
 * first), `ifLoaded` to pass it on only when the page stage is there, null when it is not this
 * frame's.
 */
export function requestHandling(message: unknown, isTopFrame: boolean): 'load' | 'ifLoaded' | null {
  if (!isContentRequest(message)) return null;
  const handler = HANDLERS[message.type];
  if (handler.topFrameOnly && !isTopFrame) return null;
  return handler.loadsPage ? 'load' : 'ifLoaded';
}

/** The answer of a frame to `message`, or undefined when it is not this frame's to answer. */
export function answerRequest(
  message: unknown,
  isTopFrame: boolean,
  target: RequestTarget,
): Promise<unknown> | undefined {
  if (!isContentRequest(message)) return undefined;
  const handler = HANDLERS[message.type] as Handler<typeof message.type>;
  if (handler.topFrameOnly && !isTopFrame) return undefined;
  return handler.answer(message, target);
}
