// The two generated pages of the page benchmark, built from the source article so that they
// mention the story as a real page about it would.

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A 5 MB article (the source's paragraphs over and over, with inline links and emphasis) and a
 * page of 50,000 short paragraphs.
 * @param {string} article the source article's text
 * @returns {{ name: string, html: string }[]}
 */
export function generatedPages(article) {
  const paragraphs = article
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text, i) => {
      const words = escape(text).split(' ');
      // Inline tags inside sentences, as on real pages: a link and an emphasis every paragraph.
      if (words.length > 8) {
        words[2] = `<a href="#p${i}">${words[2]}</a>`;
        words[5] = `<em>${words[5]}</em>`;
      }
      return `<p>${words.join(' ')}</p>`;
    });
  const article5mb = [];
  let length = 0;
  for (let i = 0; length < 5 * 2 ** 20; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    article5mb.push(paragraph);
    length += paragraph.length;
  }
  const short = [];
  for (let i = 0; i < 50_000; i++) {
    short.push(
      i % 10 === 0
        ? `<p>Item ${i}: Sheinbaum and the cartels.</p>`
        : `<p>Item ${i}: nothing to see here.</p>`,
    );
  }
  const page = (title, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;
  return [
    { name: 'generated-5mb-article.html', html: page('A 5 MB article', article5mb.join('\n')) },
    { name: 'generated-50000-paragraphs.html', html: page('50,000 paragraphs', short.join('\n')) },
  ];
}
