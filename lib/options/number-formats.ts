/**
 * Writes a size in megabytes, such as "1.5". Given `apart`, a size it is compared with (a
 * limit, the room left), both are written with as many decimals as it takes to tell them apart,
 * each rounded away from the other: a file of 2,100,000 bytes against a 2 MB limit is "2.01"
 * beside "2", never "2" beside "2". Pass each as the other's `apart`.
 */
export type Megabytes = (bytes: number, apart?: number) => string;

// Past this many decimals a difference is a few bytes, and saying so helps no one.
const MAX_DECIMALS = 6;

/** Sizes and dates written for readers of `locale`. */
export function numberFormats(locale: string): {
  megabytes: Megabytes;
  formatDate(ms: number): string;
} {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const format = (bytes: number, decimals: number, roundingMode?: 'ceil' | 'floor') =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, roundingMode }).format(
      bytes / 1024 / 1024,
    );
  // The fewest decimals at which the larger size, rounded up, and the smaller, rounded down,
  // read differently; the same for both calls, so the two numbers are written alike.
  const decimalsApart = (a: number, b: number) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    let decimals = 2;
    while (
      decimals < MAX_DECIMALS &&
      format(high, decimals, 'ceil') === format(low, decimals, 'floor')
    ) {
      decimals++;
    }
    return decimals;
  };
  return {
    megabytes: (bytes, apart) =>
      apart === undefined || apart === bytes
        ? format(bytes, 2)
        : format(bytes, decimalsApart(bytes, apart), bytes > apart ? 'ceil' : 'floor'),
    formatDate: (ms) => date.format(new Date(ms)),
  };
}
