import type { PageState, PageStatus } from '../messages';
import type { SiteMode, SiteVerdict } from '../sites/site-rules';
import { summarizeMentions } from './page-mentions';
import type { PageSession } from './page-session';

/** The page's status for the badge and the popup: on, or why not. */
export function pageStatus(verdict: SiteVerdict): PageStatus {
  return verdict.on ? 'on' : verdict.reason;
}

/** What the popup learns of a frame: its site's standing and the mentions it shows. */
export function pageState(
  window: Window,
  host: string,
  site: { verdict: SiteVerdict; mode: SiteMode },
  session: PageSession | null,
): PageState {
  const shown = session?.annotator.display.inPageOrder() ?? [];
  const scanning = session !== null && !session.annotator.passed;
  return {
    host,
    status: pageStatus(site.verdict),
    mode: site.mode,
    rule: site.verdict.rule,
    scanning,
    mentions: summarizeMentions(shown, window.location.href),
    stories: (session?.annotator.display.reasons ?? []).map((reason) => ({
      story: reason.story,
      entryIds: reason.entries.map((entry) => entry.entryId),
      about: reason.litParts > 0,
    })),
  };
}
