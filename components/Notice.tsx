import type { ComponentChildren } from 'preact';

/** The outcome of an action, as the options page reports it. */
export interface NoticeProps {
  tone: 'done' | 'refused';
  children: ComponentChildren;
}

/**
 * A message about what just happened. Refusals are alerts (read out at once); the rest are
 * polite status messages.
 */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'refused' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
