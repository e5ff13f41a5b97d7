/**
 * Offers `text` to the reader as a file download named `filename`, from the options page's own
 * document (no `downloads` permission needed).
 */
export function downloadText(doc: Document, filename: string, text: string): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; revoking later lets slow browsers start it.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}
