/** Sizes and dates written for readers of `locale`. */
export function numberFormats(locale: string): {
  megabytes(bytes: number): string;
  formatDate(ms: number): string;
} {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    megabytes: (bytes) => number.format(bytes / 1024 / 1024),
    formatDate: (ms) => date.format(new Date(ms)),
  };
}
