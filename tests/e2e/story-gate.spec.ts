import { expect, test } from './fixtures';
import { highlightedTexts, waitForScan } from './page-helpers';
import { clearStorage, writeStorage } from './storage-helpers';

test.afterEach(async ({ context }) => clearStorage(context));

const COMMON = ['Congress', 'Donald Trump', 'Mexico', 'United States', 'US', 'Washington'];
const sorted = (texts: string[]) => [...texts].sort((a, b) => a.localeCompare(b));

test('a page that only names everyday entries of the story shows none of them', async ({
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/unrelated.html`);
  await waitForScan(page);
  expect(await highlightedTexts(page)).toEqual([]);

  // A paragraph about the story arrives (a feed, a live blog): the page now touches the story.
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.id = 'story';
    paragraph.textContent = 'Claudia Sheinbaum rejected strikes in Mexico against drug cartels.';
    document.querySelector('#main')!.append(paragraph);
  });
  const story = ['Claudia Sheinbaum', 'strikes in Mexico', 'drug cartels'];
  await expect
    .poll(() => highlightedTexts(page).then(sorted))
    .toEqual(sorted([...COMMON, ...story]));

  // It goes again: so do the everyday entries.
  await page.evaluate(() => document.querySelector('#story')!.remove());
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
});

test('one name of the story said in passing shows itself, not the page’s everyday entries', async ({
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/unrelated.html`);
  await waitForScan(page);
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Claudia Sheinbaum was not there.';
    document.querySelector('#main')!.append(paragraph);
  });
  await expect.poll(() => highlightedTexts(page)).toEqual(['Claudia Sheinbaum']);
});

test('with "story pages only" turned off, everyday entries are shown everywhere, live', async ({
  page,
  server,
  context,
}) => {
  await page.goto(`${server}/fixtures/unrelated.html`);
  await waitForScan(page);
  expect(await highlightedTexts(page)).toEqual([]);
  await writeStorage(context, 'sync', { storyOnly: false });
  await expect.poll(() => highlightedTexts(page)).toEqual(COMMON);
});

// The feeds of tests/fixtures/story: ten items, one about the story (#story-item).
const FEEDS = [
  {
    name: 'English',
    path: 'story/en-feed-one-of-ten.html',
    lit: ['Sheinbaum', 'US strikes in Mexico', 'Mexico', 'Mexican sovereignty', 'Trump', 'cartels'],
  },
  {
    name: 'Spanish',
    path: 'story/es-feed-uno-de-diez.html',
    lit: ['Sheinbaum', 'ataques en México', 'Trump', 'no hay subordinación', 'soberanía mexicana'],
  },
];

for (const feed of FEEDS) {
  test(`a feed lights only its item about the story, live (${feed.name})`, async ({
    page,
    server,
  }) => {
    await page.goto(`${server}/fixtures/${feed.path}`);
    await waitForScan(page);
    await expect.poll(() => highlightedTexts(page).then(sorted)).toEqual(sorted(feed.lit));

    // The item leaves the feed: nothing is about the story any more.
    const item = await page.evaluate(() => {
      const element = document.querySelector('#story-item')!;
      const html = element.outerHTML;
      element.remove();
      return html;
    });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);

    // It comes back at the top of the feed: it lights up again, and only it.
    await page.evaluate((html) => {
      document.querySelector('.feed h1')!.insertAdjacentHTML('afterend', html);
    }, item);
    await expect.poll(() => highlightedTexts(page).then(sorted)).toEqual(sorted(feed.lit));
  });
}

// Where each highlight stands and which marked terms are lit; runs in the page.
function readLitPlaces(): { posts: string[]; darkMarks: string[] } {
  const registry: HighlightRegistry =
    (window as { realHighlightRegistry?: HighlightRegistry }).realHighlightRegistry ??
    CSS.highlights;
  const posts = new Set<string>();
  const litNodes = new Set<Node>();
  for (const [name, highlight] of registry) {
    if (!name.startsWith('context-cards-')) continue;
    for (const range of highlight) {
      const element = range.startContainer.parentElement;
      posts.add(element?.closest('article article')?.id || 'outside the posts');
      litNodes.add(range.startContainer);
    }
  }
  const darkMarks = [...document.querySelectorAll('[data-lit]')]
    .filter((mark) => ![...mark.childNodes].some((node) => litNodes.has(node)))
    .map((mark) => mark.textContent ?? '');
  return { posts: [...posts].sort(), darkMarks };
}

for (const blog of [
  { name: 'English', path: 'story/en-live-blog.html', post: 'post-4' },
  { name: 'Spanish', path: 'story/es-blog-en-vivo.html', post: 'entrada-3' },
]) {
  test(`a live blog lights its post about the story, not the posts between (${blog.name})`, async ({
    page,
    server,
  }) => {
    await page.goto(`${server}/fixtures/${blog.path}`);
    await waitForScan(page);
    await expect
      .poll(() => page.evaluate(readLitPlaces))
      .toEqual({
        posts: [blog.post],
        darkMarks: [],
      });
  });
}

for (const story of [
  { path: 'story/en-headline-capitals.html', trumps: 2 },
  { path: 'story/es-titular-mayusculas.html', trumps: 2 },
  { path: 'story/pt-noticia.html', trumps: 0 },
]) {
  test(`every marked term is lit on ${story.path}, and TRUMP only as a name`, async ({
    page,
    server,
  }) => {
    await page.goto(`${server}/fixtures/${story.path}`);
    await waitForScan(page);
    await expect.poll(async () => (await page.evaluate(readLitPlaces)).darkMarks).toEqual([]);
    // Not "the TRUMP brand" nor "HIS TRUMP CARD" of the English page's tagline.
    const trumps = (await highlightedTexts(page)).filter((text) => text === 'TRUMP');
    expect(trumps).toHaveLength(story.trumps);
  });
}
