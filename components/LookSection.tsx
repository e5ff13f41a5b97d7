import { ENTRY_KINDS } from '../lib/dataset/types';
import { SettingCheckbox } from './SettingCheckbox';
import type { EntryKind } from '../lib/dataset/types';
import type { MessageKey } from '../lib/i18n/translate';
import type { OptionsActions } from '../lib/options/options-actions';
import { HIGHLIGHT_STYLES } from '../lib/settings/values';
import type { HighlightStyle, Settings } from '../lib/settings/values';
import { HighlightPreview } from './HighlightPreview';
import { KIND_MESSAGES } from './kind-label';
import { useTranslate } from './use-translate';

const STYLE_LABELS: Record<HighlightStyle, [MessageKey, MessageKey]> = {
  background: ['optionsStyleBackground', 'optionsStyleBackgroundHint'],
  underline: ['optionsStyleUnderline', 'optionsStyleUnderlineHint'],
  subtle: ['optionsStyleSubtle', 'optionsStyleSubtleHint'],
};

/** The settings that decide what is highlighted and how it looks. */
export interface LookSectionProps {
  settings: Settings;
  actions: OptionsActions;
}

/**
 * How highlights look: the style (with a live preview), the kinds of entry highlighted, first
 * mention only, and the story gate.
 */
export function LookSection({ settings, actions }: LookSectionProps) {
  const t = useTranslate();
  const toggleKind = (kind: EntryKind, on: boolean) => {
    const kinds = on ? [...settings.kinds, kind] : settings.kinds.filter((k) => k !== kind);
    void actions.setSetting(
      'kinds',
      ENTRY_KINDS.filter((k) => kinds.includes(k)),
    );
  };
  return (
    <section class="section" aria-labelledby="look-heading">
      <h2 id="look-heading">{t('optionsLookHeading')}</h2>
      <div class="look">
        <fieldset>
          <legend>{t('optionsStyleLegend')}</legend>
          {HIGHLIGHT_STYLES.map((style) => {
            const [label, hint] = STYLE_LABELS[style];
            return (
              <label class="choice" key={style}>
                <input
                  type="radio"
                  name="highlight-style"
                  value={style}
                  checked={settings.highlightStyle === style}
                  aria-describedby={`style-${style}-hint`}
                  onChange={() => void actions.setSetting('highlightStyle', style)}
                />
                <span>
                  {t(label)}
                  <span class="hint" id={`style-${style}-hint`}>
                    {t(hint)}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <HighlightPreview settings={settings} />
      </div>
      <fieldset>
        <legend>{t('optionsKindsLegend')}</legend>
        <div class="kinds">
          {ENTRY_KINDS.map((kind) => (
            <label class="check kind" data-kind={kind} key={kind}>
              <input
                type="checkbox"
                checked={settings.kinds.includes(kind)}
                onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
              />
              <span class="kind-dot" aria-hidden="true" />
              {t(KIND_MESSAGES[kind])}
            </label>
          ))}
        </div>
      </fieldset>
      <SettingCheckbox
        name="firstMentionOnly"
        settings={settings}
        actions={actions}
        label={t('optionsFirstMentionOnly')}
      />
      <SettingCheckbox
        name="storyOnly"
        settings={settings}
        actions={actions}
        label={t('optionsStoryOnly')}
        describedBy="story-only-hint"
      />
      <p class="hint indented" id="story-only-hint">
        {t('optionsStoryOnlyHint')}
      </p>
    </section>
  );
}
