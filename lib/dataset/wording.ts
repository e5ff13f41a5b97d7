// Small helpers for quoting the editor's own values back in error messages.

/** Shortens text quoted back in a message so a huge value cannot flood it. */
export function clip(text: string, max = 40): string {
  if (text.length <= max) return text;
  // Never cut a character written as two code units (an emoji, a rare letter) in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** Names a value in plain words for error messages ("the number 5", "a list"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return 'a list ([ … ])';
  if (typeof value === 'object') return 'an object ({ … })';
  return `a ${typeof value}`;
}
