import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyText, sendCommand } from '../helpers/slack-request';
import { buttonsOf } from '../slack/support/requests';
import { seedArticle } from '../slack/support/seed';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';
import { SECTION_TEXT_LIMIT, MAX_BLOCKS } from '../../lambdas/slack/views/limits';

/** Every section of a reply within Slack's limits, and the message within 50 blocks. */
function expectWithinSlackLimits(reply: any) {
  expect(reply.blocks?.length ?? 0).toBeLessThanOrEqual(MAX_BLOCKS);
  for (const block of reply.blocks ?? []) {
    if (block.text?.text) expect(block.text.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
  }
}

describe('Slack commands: signed /news requests through the real handler', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  const send = (text: string, fields: Parameters<typeof sendCommand>[2] = {}) =>
    sendCommand(bed.runtime.url, text, { teamId: TEAM, ...fields });
  let ferryId = '';

  beforeAll(async () => {
    // A fixed clock a few days after the seeded articles: phrase and role lookups look back 30 days from "now".
    bed = await startSlackTestbed({ clock: () => new Date('2026-11-25T12:00:00Z') });
    const ferry = await seedArticle(bed.store, TEAM, {
      text: fixture('night-ferry.txt'),
      url: 'https://news.example.org/2026/11/night-ferry',
      ingestedAt: new Date('2026-11-20T10:00:00Z'),
      quotes: [
        { text: 'Without the boat I would have to move,', speaker: 'Ada Brennan', role: 'nurse' },
        { text: 'It is money well spent,', speaker: 'Piet Hollander', role: 'councillor' },
      ],
    });
    await seedArticle(bed.store, TEAM, {
      text: fixture('orchard-cooperative.txt'),
      url: 'https://gazette.example.net/orchard',
      ingestedAt: new Date('2026-11-21T10:00:00Z'),
      publishedAt: '2026-11-21T06:00:00Z',
      quotes: [
        {
          text: 'We nearly lost varieties that exist nowhere else,',
          speaker: 'Miriam Kessler',
          role: "the cooperative's chair",
        },
        { text: 'People want apples that taste of something,', speaker: 'Joel Amadi', role: 'nursery manager' },
      ],
    });
    ferryId = ferry.id;
    // Several articles quoting one speaker, so quote results span more than one page.
    for (let i = 1; i <= 4; i++) {
      await seedArticle(bed.store, TEAM, {
        text: `Harbour Works Update Number ${i}\n\nThe harbour works reached stage ${i} this week, the town said on Monday, with the new quay wall now ${i * 20} metres long.\n\n"Stage ${i} is done and the quay is safer," said engineer Rosa Lindgren. "We will open the next section soon," Lindgren said, adding that the crane barge would leave by the end of the month.`,
        url: `https://news.example.org/harbour-${i}`,
        ingestedAt: new Date(`2026-11-1${i}T10:00:00Z`),
        quotes: [
          { text: `Stage ${i} is done and the quay is safer,`, speaker: 'Rosa Lindgren', role: 'engineer' },
          { text: 'We will open the next section soon,', speaker: 'Rosa Lindgren', role: 'engineer' },
        ],
      });
    }
  });
  afterAll(async () => bed?.close());

  describe('help', () => {
    it('lists every command, ephemeral', async () => {
      const { status, reply } = await send('help');
      expect(status).toBe(200);
      expect(reply.response_type).toBe('ephemeral');
      for (const c of ['summary', 'quote', 'add', 'latest', 'search', 'help'])
        expect(reply.text).toContain(`/news ${c}`);
    });

    it('answers an empty /news with the help', async () => {
      const { reply } = await send('   ');
      expect(reply.text).toContain('/news quote');
    });

    it('is forgiving about case and spaces in the subcommand', async () => {
      const { reply } = await send('  HELP   ');
      expect(reply.text).toContain('/news latest');
    });

    it.each([
      ['qoute Kessler', 'quote'],
      ['lastest', 'latest'],
      ['serch bridge', 'search'],
    ])('answers the typo %j with "did you mean /news %s" and the help', async (text, meant) => {
      const { reply } = await send(text);
      expect(reply.text).toContain(`Did you mean \`/news ${meant}\``);
      expect(reply.text).toContain('/news help');
    });
  });

  describe('summary', () => {
    it('answers an article id with the card: linked title, site, no date for a pasted text that gives none, bullets, key quote, buttons', async () => {
      const { status, reply } = await send(`summary ${ferryId}`);
      expect(status).toBe(200);
      expect(reply.response_type).toBe('ephemeral');
      const text = replyText(reply);
      expect(text).toContain(
        '<https://news.example.org/2026/11/night-ferry|Council Votes to Keep the Night Ferry Running>',
      );
      // Pasted text carries no publication date: the day it was stored is not shown as one.
      expect(text).not.toContain('2026-11-20');
      expect(text).toContain('• ');
      expect(text).toContain('“Without the boat I would have to move.”');
      expect(text).toContain('— Ada Brennan, nurse');
      expect(buttonsOf(reply).map((b) => b.text)).toEqual(['Share in channel', 'Quotes', 'Full summary']);
      expectWithinSlackLimits(reply);
    });

    it('answers a stored URL, in the <url|label> form Slack sends, from the table (no fetch, no job)', async () => {
      const { reply } = await send('summary <https://news.example.org/2026/11/night-ferry|the ferry story>');
      expect(replyText(reply)).toContain('Night Ferry');
      expect(bed.slack.calls).toHaveLength(0);
    });

    it('answers words with the best matching article', async () => {
      const { reply } = await send('summary heritage apple');
      expect(replyText(reply)).toContain('Orchard Cooperative Saves Heritage Apple Varieties');
    });

    it('says so when nothing matches, pointing to add and latest', async () => {
      const { reply } = await send('summary zeppelin');
      expect(reply.text).toContain('I have no article matching “zeppelin”');
      expect(reply.text).toContain('/news add');
    });

    it('asks which article when given nothing', async () => {
      const { reply } = await send('summary');
      expect(reply.text).toContain('Which article?');
    });
  });

  describe('quote', () => {
    it('finds a speaker by surname, with role, article and date', async () => {
      const { reply } = await send('quote kessler');
      const text = replyText(reply);
      expect(text).toContain('Quotes by Miriam Kessler');
      expect(text).toContain('“We nearly lost varieties that exist nowhere else.”');
      expect(text).toContain("— Miriam Kessler, the cooperative's chair");
      expect(text).toContain(
        '<https://gazette.example.net/orchard|Orchard Cooperative Saves Heritage Apple Varieties>',
      );
      expect(text).toContain('2026-11-21');
      expect(buttonsOf(reply)).toHaveLength(0);
    });

    it('shows no date for a quote from an article that states none (its storing day is not its date)', async () => {
      const { reply } = await send('quote brennan');
      const text = replyText(reply);
      expect(text).toContain('— Ada Brennan, nurse');
      expect(text).not.toContain('2026-11-20');
    });

    it('finds a quoted phrase, in straight or curly quotation marks', async () => {
      for (const q of ['"money well spent"', '“money well spent”']) {
        const { reply } = await send(`quote ${q}`);
        const text = replyText(reply);
        expect(text).toContain('Quotes containing “money well spent”');
        expect(text).toContain('— Piet Hollander, councillor');
      }
    });

    it('pages a speaker with many quotes with a "Show more" button carrying the store cursor', async () => {
      const { reply } = await send('quote Lindgren');
      const quotes = replyText(reply).match(/— Rosa Lindgren/g) ?? [];
      expect(quotes).toHaveLength(5);
      const more = buttonsOf(reply).find((b) => b.text === 'Show more');
      expect(more).toBeDefined();
      expect(JSON.parse(more!.value)).toMatchObject({ l: 'speaker', q: 'Lindgren' });
    });

    it('answers a role ("the councillor", "engineer") with the quotes of speakers the articles described so', async () => {
      const { reply } = await send('quote the councillor');
      const text = replyText(reply);
      expect(text).toContain('Quotes by speakers described as “councillor”');
      expect(text).toContain('— Piet Hollander, councillor');
      expect(text).not.toContain('Ada Brennan');
      // Many quotes: the next page keeps asking by role.
      const engineers = await send('quote engineer');
      expect(replyText(engineers.reply).match(/— Rosa Lindgren, engineer/g)).toHaveLength(5);
      const more = buttonsOf(engineers.reply).find((b) => b.text === 'Show more');
      expect(JSON.parse(more!.value)).toMatchObject({ l: 'role', q: 'engineer' });
      // A role nobody in the articles has is still "no quotes by …".
      expect((await send('quote the bishop')).reply.text).toContain('No quotes by the bishop yet');
    });

    it('says "No quotes by … yet — did you mean …? Try /news add <url>" for a near-miss name', async () => {
      const { reply } = await send('quote Kesler');
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain('No quotes by Kesler yet — did you mean Miriam Kessler? Try `/news add <url>`');
      // Quotes are filed by surname; a given name alone is answered with the person it belongs to.
      expect((await send('quote miriam')).reply.text).toContain('did you mean Miriam Kessler?');
    });

    it('says "No quotes … yet" with the add hint for an unknown name or phrase', async () => {
      expect((await send('quote Zebedee')).reply.text).toContain('No quotes by Zebedee yet. Try `/news add <url>`');
      expect((await send('quote "purple elephants"')).reply.text).toContain(
        'No quotes containing “purple elephants” yet',
      );
    });

    it('explains the two forms when given nothing or one letter', async () => {
      expect((await send('quote')).reply.text).toContain('/news quote "climate deal"');
      expect((await send('quote x')).reply.text).toContain('at least 2 letters');
    });
  });

  describe('latest', () => {
    it('lists the newest articles first, five by default, each with a Summary button, and Show more', async () => {
      const { reply } = await send('latest');
      const sections = reply.blocks.filter((b: any) => b.accessory?.action_id === 'news_article_card');
      expect(sections).toHaveLength(5);
      expect(sections[0].text.text).toContain('Orchard Cooperative');
      expect(sections[1].text.text).toContain('Night Ferry');
      expect(buttonsOf(reply).some((b) => b.text === 'Show more')).toBe(true);
      expectWithinSlackLimits(reply);
    });

    it('takes a count', async () => {
      const { reply } = await send('latest 2');
      expect(reply.blocks.filter((b: any) => b.accessory)).toHaveLength(2);
    });

    it.each(['0', '21', 'five', '-3'])('refuses the count %j with the allowed range', async (n) => {
      const { reply } = await send(`latest ${n}`);
      expect(reply.text).toContain('A number from 1 to 20');
    });
  });

  describe('search', () => {
    it('finds articles holding all the words', async () => {
      const { reply } = await send('search night ferry');
      const text = replyText(reply);
      expect(text).toContain('Articles matching “night ferry”');
      expect(text).toContain('Council Votes to Keep the Night Ferry Running');
      expect(text).not.toContain('Orchard');
    });

    it('finds words that are only deep in the body, not in the title or summary', async () => {
      const text = replyText((await send('search weekends fares')).reply);
      expect(text).toContain('Council Votes to Keep the Night Ferry Running');
      expect(text).not.toContain('Orchard');
    });

    it('says so when nothing matches, naming the words it left out', async () => {
      const { reply } = await send('search zeppelin airship');
      expect(reply.text).toContain('No article has all of “zeppelin airship” in its title or text. Try fewer words');
      expect((await send('search the zeppelin')).reply.text).toContain(
        '(I left out “the”: too common or too short to search for)',
      );
    });

    it('explains why a query of only common words finds nothing, instead of "no article matches"', async () => {
      expect((await send('search the')).reply.text).toBe(
        '“the” is too common or too short to search for: nearly every article has it. Add a more specific word, such as a name, a place or a year: `/news search harbour bridge 1932`.',
      );
      const both = (await send('search of the')).reply.text;
      expect(both).toContain('“of”, “the” are all too common or too short to search for');
      expect(both).not.toContain('No article');
    });

    it('finds articles by their numbers of two digits or more, and leaves out a lone digit as too short', async () => {
      const ferry = replyText((await send('search ferry 400')).reply);
      expect(ferry).toContain('Articles matching “ferry 400”');
      expect(ferry).toContain('Council Votes to Keep the Night Ferry Running');
      expect(ferry).not.toContain('(I left out');
      const quay = replyText((await send('search quay 60')).reply);
      expect(quay).toContain('Harbour Works Update Number 3');
      expect(quay).not.toContain('Harbour Works Update Number 2');
      expect((await send('search zeppelin 1912')).reply.text).toContain(
        'No article has all of “zeppelin 1912” in its title or text.',
      );
      expect((await send('search 7 of')).reply.text).toBe(
        '“7”, “of” are all too common or too short to search for: nearly every article has them. Add a more specific word, such as a name, a place or a year: `/news search harbour bridge 1932`.',
      );
      const found = replyText((await send('search night ferry 2')).reply);
      expect(found).toContain(
        'Articles matching “night ferry 2” (I left out “2”: too common or too short to search for)',
      );
      expect(replyText((await send('search night ferry <2')).reply)).toContain('(I left out “&lt;2”: too common');
    });

    it('lists the articles holding the other words when none holds the numbers too, and says so', async () => {
      // As for an article indexed before numbers were: its words are found, its numbers are not.
      const text = replyText((await send('search night ferry 1912')).reply);
      expect(text).toContain(
        'No article has all of “night ferry 1912”. Articles matching “night ferry”, without “1912”',
      );
      expect(text).toContain('Council Votes to Keep the Night Ferry Running');
      expect(text).not.toContain('Orchard');
    });

    it('asks for words when given none', async () => {
      expect((await send('search')).reply.text).toContain('Search for what?');
    });

    it('finds a compound typed with its hyphen in an article that writes it run together, and a figure as written', async () => {
      // Its own workspace, so the other tests' lists stay as they are.
      const team = 'T0SEARCHFORMS';
      await seedArticle(bed.store, team, {
        text: 'Hollin Yard Email Outage\n\nThe Hollin yard lost its email for a day, the 2023/24 season’s third, at a cost of £3.5bn, and the crew lost 6-3.',
        url: 'https://news.example.org/hollin-email',
      });
      const asked = (words: string) => sendCommand(bed.runtime.url, `search ${words}`, { teamId: team });
      for (const words of ['e-mail', 'hollin e-mail', 'E-mail outage', '£3.5bn', '2023-24', '6-3 hollin']) {
        const text = replyText((await asked(words)).reply);
        expect(text, words).toContain(`Articles matching “${words}”`);
        expect(text, words).toContain('Hollin Yard Email Outage');
      }
    });
  });

  describe('add', () => {
    it('stores pasted text and answers with its card; pasting it again finds the same article', async () => {
      const text = fixture('orchard-cooperative.txt').replace('Vale of Tressel', 'Vale of Amberley');
      const first = await send(`add ${text}`);
      expect(first.reply.text).toMatch(/^Added \*Orchard Cooperative Saves Heritage Apple Varieties\* as `[a-z0-9]+`/);
      expect(buttonsOf(first.reply).map((b) => b.text)).toContain('Share in channel');
      const again = await send(`add ${text}`);
      expect(again.reply.text).toMatch(/^I already have/);
    });

    it.each(['example.com/story', 'htps://example.com/story', 'www.example.com'])(
      'answers %j with "That doesn\'t look like a URL"',
      async (arg) => {
        const { reply } = await send(`add ${arg}`);
        expect(reply.response_type).toBe('ephemeral');
        expect(reply.text).toContain("That doesn't look like a URL");
      },
    );

    it('refuses a few words of text as not an article', async () => {
      const { reply } = await send('add the council met today');
      expect(reply.text).toContain('paste the whole article');
    });
  });

  it('escapes article text so an article cannot mention @channel, a user, or forge a link', async () => {
    const hostile = await seedArticle(bed.store, TEAM, {
      text: fixture('hostile-markup.txt'),
      url: 'https://news.example.org/harbour-board',
      quotes: [
        {
          text: 'Nobody here wrote that notice, and <@U0ADMIN> never approved it,',
          speaker: 'Lena Ortiz',
          role: 'board secretary',
        },
      ],
    });
    const { reply } = await send(`summary ${hostile.id}`);
    const text = replyText(reply);
    expect(text).not.toMatch(/<!channel>|<!here>|<@U0ADMIN>|<https:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('&lt;@U0ADMIN&gt;');
    expect(text).toContain('&amp;');
  });

  it('refuses text longer than Slack ever sends with a short answer', async () => {
    const { status, reply } = await send('summary ' + 'x'.repeat(12_001));
    expect(status).toBe(200);
    expect(reply.text).toContain('too long');
  });
});
