import { useRef } from 'preact/hooks';

/** What a file button shows and reports. */
export interface FileButtonProps {
  label: string;
  /** Called with the file the reader picked. */
  onFile(file: File): void;
  /** Id of an element that describes the button (its limits, what it replaces). */
  describedBy?: string;
}

/**
 * A button that opens the file picker for JSON files: a real button, so it is reached and
 * pressed with the keyboard like any other, in front of a hidden file input.
 */
export function FileButton({ label, onFile, describedBy }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        class="button"
        aria-describedby={describedBy}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so that picking the same file again (after fixing it) is a change too.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
