// Tables for reports, written as Markdown so they can be pasted into notes as they are.

/** Pads the cells of a table into aligned Markdown: numbers to the right, text to the left. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) =>
    rows.every((row) => typeof row[i] !== 'string' || row[i] === ''),
  );
  const pad = (cell: string, i: number) =>
    numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (row: string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(header), `| ${rule.join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

/** `part` as a percentage of `whole`, with one decimal. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}
