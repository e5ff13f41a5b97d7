import type { ComponentChildren } from 'preact';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps {
  /** What the button does, as shown. */
  children: ComponentChildren;
  /** What it acts on, for screen readers only: a row's button is otherwise one of many alike. */
  target: string;
  onClick: () => void;
  class?: string;
  disabled?: boolean;
}

/** A button of a list's row, named for screen readers by the row it acts on. */
export function ActionButton(props: ActionButtonProps) {
  return (
    <button type="button" class={props.class} disabled={props.disabled} onClick={props.onClick}>
      {props.children}
      <span class="visually-hidden"> {props.target}</span>
    </button>
  );
}
