import { useEffect, useRef, useState } from 'preact/hooks';
import { SettingCheckbox } from './SettingCheckbox';
import type { OptionsActions } from '../lib/options/options-actions';
import { PendingWrite } from '../lib/options/pending-write';
import { HOVER_DELAY_RANGE } from '../lib/settings/values';
import type { Settings } from '../lib/settings/values';
import { useTranslate } from './use-translate';

// Long enough to let a held arrow key or a drag finish, short enough to feel immediate.
const SETTLE_MS = 400;

/** The settings of the hover card. */
export interface CardsSectionProps {
  settings: Settings;
  actions: OptionsActions;
}

/**
 * How cards open: the hover delay (written once the reader stops moving the slider, not on
 * every step) and whether a tap opens them on touch screens.
 */
export function CardsSection({ settings, actions }: CardsSectionProps) {
  const t = useTranslate();
  const [delay, setDelay] = useState(settings.hoverDelayMs);
  const pending = useRef<PendingWrite<number> | null>(null);
  pending.current ??= new PendingWrite<number>(
    (value) => void actions.setSetting('hoverDelayMs', value),
    SETTLE_MS,
    window,
  );
  // A change made elsewhere (another window, an import) shows here unless the reader is moving
  // the slider right now.
  useEffect(() => {
    if (!pending.current?.pending) setDelay(settings.hoverDelayMs);
  }, [settings.hoverDelayMs]);
  useEffect(() => () => pending.current?.flush(), []);
  const move = (value: number) => {
    setDelay(value);
    pending.current?.propose(value);
  };
  return (
    <section class="section" aria-labelledby="cards-heading">
      <h2 id="cards-heading">{t('optionsCardsHeading')}</h2>
      <label for="hover-delay">{t('optionsHoverDelay')}</label>
      <div class="row">
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={delay}
          aria-describedby="hover-delay-hint"
          aria-valuetext={t('optionsHoverDelayValue', delay)}
          onInput={(event) => move(Number(event.currentTarget.value))}
          onBlur={() => pending.current?.flush()}
        />
        <output for="hover-delay" class="delay-value">
          {t('optionsHoverDelayValue', delay)}
        </output>
      </div>
      <p class="hint" id="hover-delay-hint">
        {t('optionsHoverDelayHint')}
      </p>
      <SettingCheckbox
        name="tapOpensCards"
        settings={settings}
        actions={actions}
        label={t('optionsTapOpensCards')}
      />
    </section>
  );
}
