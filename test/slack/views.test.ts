import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../lambdas/core/article';
import type { StoredArticle } from '../../lambdas/store/index';
import { parseQuoteQuery } from '../../lambdas/app/quotes/quote-query';
import { articleCard, whoSaid } from '../../lambdas/slack/views/article-card';
import { articleList } from '../../lambdas/slack/views/article-list';
import { articleQuotesView } from '../../lambdas/slack/views/article-quotes';
import { fullSummaryView } from '../../lambdas/slack/views/full-summary';
import { BUTTON_VALUE_LIMIT, clip, MAX_BLOCKS, SECTION_TEXT_LIMIT } from '../../lambdas/slack/views/limits';
import { quoteResults } from '../../lambdas/slack/views/quote-results';
import { subscribeReply } from '../../lambdas/slack/views/subscribe-reply';
import { verbatimBlocks } from '../../lambdas/slack/views/verbatim-reply';

/** Text as hostile as an article can be: mentions, links, entities, pipes, long runs, astral characters. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<@U0BOSS>',
    '<https://evil.example|Your Bank>',
    '&amp;',
    '|',
    '>',
    '<',
    '&',
    '😀',
    '\n> ',
  ),
);
const text = (max: number) => fc.array(nasty, { maxLength: max }).map((parts) => parts.join(' '));
const longText = fc.oneof(
  text(20),
  fc.integer({ min: 2_000, max: 9_000 }).map((n) => '<!channel> & '.repeat(Math.ceil(n / 13))),
  // Astral characters with nothing to cut at between them, at either parity: a cut must not halve one.
  fc.integer({ min: 40, max: 2_000 }).map((n) => `${'a'.repeat(n % 2)}${'😀'.repeat(n)}`),
);

const quote = fc
  .record({
    text: longText,
    speaker: fc.option(text(4), { nil: null }),
    speakerRole: fc.option(text(4), { nil: undefined }),
    partial: fc.boolean(),
  })
  .map((q): Quote => ({ ...q, start: 0, end: 0, paragraph: 0 }));

const article = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{8}$/),
    title: longText,
    url: fc.oneof(
      fc.constant(undefined),
      fc.constant('https://news.example.org/a?x=1&y=<2>|z'),
      fc.constant('javascript:alert(1)'),
      fc.constant(`https://news.example.org/a?q=${'a'.repeat(3500)}`),
    ),
    site: text(3),
    headline: longText,
    sentences: fc.array(longText, { maxLength: 12 }),
    tldr: longText,
    quotes: fc.array(quote, { maxLength: 60 }),
  })
  .map(
    (a): StoredArticle => ({
      id: a.id,
      title: a.title,
      url: a.url,
      site: a.site,
      ingestedAt: '2026-11-28T00:00:00Z',
      summary: {
        headline: a.headline,
        tldr: a.tldr,
        sentences: a.sentences.map((s) => ({ text: s, start: 0, end: 0 })),
      },
      quotes: a.quotes,
      speakers: a.quotes
        .filter((q) => q.speaker)
        .map((q) => ({ name: q.speaker!, key: 'k', aliases: [], kind: 'person' as const, role: q.speakerRole })),
      source: 'slack',
      body: '',
      paragraphs: [],
      sentences: [],
    }),
  );

/** Slack's limits, and no article text able to mention anyone or forge a link. */
function expectSafe(message: { text: string; blocks: unknown[] }) {
  expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  // What Slack renders; button values are data sent back to us, never shown.
  const json = JSON.stringify(message.blocks, (key, value) => (key === 'value' ? undefined : value));
  for (const block of message.blocks as any[]) {
    if (block.text?.text) expect(block.text.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    for (const e of block.elements ?? []) {
      if (typeof e.text === 'string') expect(e.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
      if (e.value) expect(e.value.length).toBeLessThanOrEqual(BUTTON_VALUE_LIMIT);
    }
  }
  expect(json).not.toMatch(/<!channel>|<!here>|<@U0BOSS>|<https:\/\/evil|<javascript:/);
  expect(message.text).not.toMatch(/<[!@]/);
  // JSON.stringify writes a lone surrogate (half an emoji, shown as �) as an escape.
  expect(JSON.stringify(message)).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
  // Verbatim: Slack would otherwise make a bare "bank.example/login" or "#general" in article text a live link.
  for (const text of mrkdwnObjects(message.blocks)) expect(text).toMatchObject({ verbatim: true });
  // No link cut open by a clip: Slack would show `<https://…` as text.
  for (const text of mrkdwnObjects(message.blocks)) expect((text as { text: string }).text).not.toMatch(/<[^>]*$/);
}

function mrkdwnObjects(value: unknown): object[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnObjects);
  if (value === null || typeof value !== 'object') return [];
  const own = (value as { type?: unknown }).type === 'mrkdwn' ? [value] : [];
  return [...own, ...Object.values(value).flatMap(mrkdwnObjects)];
}

describe('Views: every reply within Slack limits and escaped, whatever the article holds', () => {
  it('article card, full summary and the Quotes pages', () => {
    fc.assert(
      fc.property(article, (a) => {
        expectSafe(articleCard(a));
        expectSafe(articleCard(a, { buttons: 'shared', sharedBy: 'U0SHARER' }));
        expectSafe(fullSummaryView(a, a.summary));
        for (let offset = 0; offset < Math.max(1, a.quotes.length); offset += 20)
          expectSafe(articleQuotesView(a, offset));
      }),
      { numRuns: 150 },
    );
  });

  it('quote results and article lists', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 20 }), text(5), (articles, query) => {
        const hits = articles
          .flatMap((a) =>
            a.quotes.slice(0, 1).map((q) => ({
              articleId: a.id,
              articleTitle: a.title!,
              articleUrl: a.url,
              site: a.site,
              date: a.ingestedAt,
              text: q.text,
              speaker: q.speaker,
              speakerRole: q.speakerRole,
              partial: q.partial,
            })),
          )
          .slice(0, 5);
        expectSafe(
          quoteResults({
            query: { kind: 'speaker', name: query || 'x' },
            hits,
            cursor: 'eyJrIjp7fX0',
            suggestions: [],
          }),
        );
        expectSafe(
          articleList(`Articles matching “${query}”`, articles, {
            l: 'search',
            q: query.slice(0, 200) || 'x',
            c: 'eyJrIjp7fX0',
          }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('shows the title of an article whose address is too long to link, instead of a broken link', () => {
    const url = `https://news.example/fees?q=${'a'.repeat(3500)}`;
    const card = articleCard({ id: 'abcdefgh', title: 'Harbour fees rise', url });
    expect((card.blocks[0] as any).text.text).toBe('*Harbour fees rise*');
    const listing = {
      id: 'abcdefgh',
      title: 'Harbour fees rise',
      url,
      ingestedAt: '2026-11-28T00:00:00Z',
      summary: { headline: '', tldr: '', sentences: [] },
      quotes: [],
      speakers: [],
      source: 'slack' as const,
    };
    const list = articleList('Latest', [listing], undefined);
    expect((list.blocks[1] as any).text.text).toContain('*Harbour fees rise*');
  });

  it('Shared by names only a Slack user id, never arbitrary text', () => {
    const card = articleCard({ id: 'abcdefgh', title: 'T' }, { sharedBy: '<!channel>' });
    expect(JSON.stringify(card)).not.toContain('Shared by');
  });
});

describe('Dates on cards and lists', () => {
  const stored = {
    id: 'abcdefgh',
    title: 'Undated',
    site: 'news.example',
    ingestedAt: '2026-11-28T09:00:00Z',
    summary: { headline: 'Undated', sentences: [], tldr: '' },
    quotes: [],
    speakers: [],
  };
  it('show the publication date when there is one', () => {
    expect(JSON.stringify(articleCard({ ...stored, publishedAt: '2026-10-01T08:00:00Z' }).blocks)).toContain(
      '2026-10-01',
    );
  });
  it('show no date for an undated article, not the day it was stored', () => {
    expect(JSON.stringify(articleCard(stored).blocks)).not.toContain('2026-11-28');
    expect(JSON.stringify(articleList('Latest', [stored as never], undefined).blocks)).not.toContain('2026-11-28');
    expect(JSON.stringify(articleCard(stored).blocks)).toContain('news.example');
  });
});

describe('Function: clip', () => {
  it.each([
    ['short text stays', 'abc', 10, 'abc'],
    ['cuts at a word boundary near the end, with an ellipsis', 'alpha beta gamma delta', 12, 'alpha beta…'],
    ['cuts inside a word when no space is near the end', 'alpha betagammadelta', 13, 'alpha betaga…'],
    ['never leaves half an escape', 'aaaaaaaaa &amp;bbbb', 13, 'aaaaaaaaa…'],
    ['never leaves half an emoji', `a${'😀'.repeat(8)}`, 7, 'a😀😀…'],
    ['never leaves half a link', 'see <https://news.example/harbour-fees|Harbour fees> now', 20, 'see…'],
  ])('%s', (_name, input, max, expected) => {
    expect(clip(input, max)).toBe(expected);
  });
});

describe('Function: verbatimBlocks', () => {
  it('cuts a long text at line ends into verbatim sections under the limit, losing no line', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${i + 1}. ${'feed title '.repeat(9)}`);
    const blocks = verbatimBlocks(lines.join('\n')) as any[];
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      expect(block.text).toMatchObject({ type: 'mrkdwn', verbatim: true });
      expect(block.text.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    }
    expect(blocks.map((b) => b.text.text).join('\n')).toBe(lines.join('\n'));
  });
});

describe('Function: parseQuoteQuery', () => {
  it.each([
    ['Kerry', { kind: 'speaker', name: 'Kerry' }],
    ['  john   kerry ', { kind: 'speaker', name: 'john kerry' }],
    ['by Kerry', { kind: 'speaker', name: 'Kerry' }],
    ['@Kerry', { kind: 'speaker', name: 'Kerry' }],
    ['"climate deal"', { kind: 'phrase', phrase: 'climate deal' }],
    ['“climate  deal”', { kind: 'phrase', phrase: 'climate deal' }],
    ["'climate deal'", { kind: 'phrase', phrase: 'climate deal' }],
    ['"climate deal', { kind: 'phrase', phrase: 'climate deal' }],
    ['«climate deal»', { kind: 'phrase', phrase: 'climate deal' }],
  ])('reads %j', (input, expected) => {
    expect(parseQuoteQuery(input)).toMatchObject({ success: true, data: expected });
  });

  it.each(['x', '""', '"a"', 'y'.repeat(101)])('refuses %j', (input) => {
    expect(parseQuoteQuery(input).success).toBe(false);
  });
});

describe('Function: subscribeReply', () => {
  it('names the feed by its title, escaped, with how many items it found and queued', () => {
    const text = subscribeReply({
      ok: true,
      created: true,
      feedUrl: 'https://x.example/feed',
      title: 'Harbour <!channel> & Co',
      items: 1,
      queued: 1,
    });
    expect(text).toContain('Subscribed to *Harbour &lt;!channel&gt; &amp; Co*: I found 1 item; reading 1 of them now.');
    expect(text).not.toContain('<!channel>');
  });

  it('says when the channel already follows the feed, and uses its address when it has no title', () => {
    expect(
      subscribeReply({ ok: true, created: false, feedUrl: 'https://x.example/feed', items: 3, queued: 0 }),
    ).toMatch(/^This channel already follows https:\/\/x\.example\/feed: I found 3 items\. /);
  });

  it('gives the reason for a refusal, and the feed a page advertises as the next command to try', () => {
    const text = subscribeReply({
      ok: false,
      reason: 'This is an HTML page, not a feed.',
      feedLink: 'https://x.example/rss?a=1&b=<2>',
    });
    expect(text).toBe(
      'I did not subscribe: This is an HTML page, not a feed.\nTry `/news subscribe https://x.example/rss?a=1&amp;b=&lt;2&gt;`',
    );
  });
});

describe('The heading of a speaker lookup', () => {
  const hit = (speaker: string | null) => ({
    articleId: 'abcdefgh',
    articleTitle: 'T',
    date: '2026-11-28T09:00:00Z',
    text: 'We will rebuild the bridge.',
    speaker,
    partial: false,
  });
  const heading = (hits: ReturnType<typeof hit>[]) =>
    quoteResults({ query: { kind: 'speaker', name: 'varga' }, hits, suggestions: [] }).text;

  it('names the speaker as the articles do when every quote is theirs', () => {
    expect(heading([hit('Ilona Varga'), hit('Ilona Varga')])).toBe('Quotes by Ilona Varga');
  });
  it('keeps the words asked for when the quotes are by several people', () => {
    expect(heading([hit('Ilona Varga'), hit('Tamás Varga')])).toBe('Quotes by varga');
  });
});

describe('An article a user pasted says so wherever it is listed', () => {
  const pasted = {
    id: 'abcdefgh',
    title: 'Minister Resigns',
    ingestedAt: '2026-11-28T09:00:00Z',
    summary: { headline: 'Minister Resigns', sentences: [], tldr: '' },
    quotes: [],
    speakers: [],
    source: 'slack' as const,
  };
  const fetched = { ...pasted, url: 'https://harbourgazette.example/minister' };
  const shown = (message: { blocks: unknown[] }) => JSON.stringify(message.blocks);

  it('on its card and in lists', () => {
    expect(shown(articleCard(pasted))).toContain('pasted text (no source link)');
    expect(shown(articleList('Latest', [pasted], undefined))).toContain('pasted text (no source link)');
    expect(shown(articleCard(fetched))).not.toContain('pasted text');
    expect(shown(articleList('Latest', [fetched], undefined))).not.toContain('pasted text');
  });

  it('beside each of its quotes', () => {
    const hit = {
      articleId: 'abcdefgh',
      articleTitle: 'T',
      date: '2026-11-28T09:00:00Z',
      text: 'I resign.',
      speaker: 'Ana Petrov',
      partial: false,
    };
    const lookup = (h: object) =>
      quoteResults({ query: { kind: 'speaker', name: 'petrov' }, hits: [h as never], suggestions: [] });
    expect(shown(lookup(hit))).toContain('pasted text (no source link)');
    expect(shown(lookup({ ...hit, articleUrl: fetched.url }))).not.toContain('pasted text');
  });
});

describe('Who said a quote, under it', () => {
  it('is the speaker and role, without the full stop that ended the role’s sentence', () => {
    expect(whoSaid({ speaker: 'Ines Varga', speakerRole: 'an analyst at Delta Research.' })).toBe(
      'Ines Varga, an analyst at Delta Research',
    );
  });
  it('does not repeat an unnamed source’s description as its role', () => {
    expect(whoSaid({ speaker: 'one trader', speakerRole: 'one trader' })).toBe('one trader');
    expect(whoSaid({ speaker: 'a spokesman for the port', speakerRole: 'spokesman' })).toBe('a spokesman for the port');
  });
  it('says so when no one is credited', () => {
    expect(whoSaid({ speaker: null, speakerRole: 'minister' })).toBe('unattributed');
  });
});
