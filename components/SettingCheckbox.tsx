import type { OptionsActions } from '../lib/options/options-actions';
import type { Settings } from '../lib/settings/values';

/** The settings that are a yes or no. */
type BooleanSetting = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

interface SettingCheckboxProps {
  name: BooleanSetting;
  settings: Settings;
  actions: Pick<OptionsActions, 'setSetting'>;
  label: string;
  /** The id of a hint that describes the setting. */
  describedBy?: string;
}

/** One yes-or-no setting of the options page, stored as soon as it changes. */
export function SettingCheckbox({
  name,
  settings,
  actions,
  label,
  describedBy,
}: SettingCheckboxProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={settings[name]}
        aria-describedby={describedBy}
        onChange={(event) => void actions.setSetting(name, event.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
