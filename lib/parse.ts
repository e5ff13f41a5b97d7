/**
 * A parser of stored or imported values: the value checked and typed, or undefined when it is
 * not one. Shared by the settings, the site lists and the imported datasets' records.
 */
export type Parse<T> = (value: unknown) => T | undefined;
