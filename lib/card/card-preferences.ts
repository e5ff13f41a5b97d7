import type { CardPreferences } from './card-controller';
import type { Settings } from '../settings/values';

/** What the card follows of the settings. */
export function cardPreferences(settings: Settings): CardPreferences {
  return {
    dwellMs: settings.hoverDelayMs,
    tapOpensCards: settings.tapOpensCards,
    subtle: settings.highlightStyle === 'subtle',
  };
}
