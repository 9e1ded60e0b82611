import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../../lambdas/fetch/resolver';
import { runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import { analyze } from '../../lambdas/core/pipeline';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startSlackTestbed, testbedDigestDeps } from '../slack/support/runtime';
import { rss } from '../feeds/feed-server';
import { startHostileServer } from './support/hostile-server';

/**
 * Pages that claim to be an outlet they are not, fetched from hosts that look
 * like the outlet's: a card, `/news latest` and `/news search` must show
 * where the link really goes whenever the page's own words could pass for
 * someone else's. Every invented host resolves to the loopback page server.
 */
const TEAM = 'T0LOOKALIKE';
const toLoopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

const PARAGRAPHS = [
  'The harbour board voted on Tuesday to close the old ferry quay for two years while the sea wall is rebuilt, a decision that will move the night crossings to the north pier.',
  'Board members said the quay had been patched every winter for a decade and could no longer be made safe, and that the north pier would take the larger boats from March.',
  '“We would rather close it than watch it fall into the water,” said the board’s engineer, Hella Marsk, who has inspected the wall every year since 2015.',
];

function page(options: { siteName?: string; title: string; marker: string }): string {
  const meta = options.siteName ? `<meta property="og:site_name" content="${options.siteName}">` : '';
  const body = [...PARAGRAPHS, `Reference ${options.marker}.`].map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><title>${options.title}</title>${meta}</head><body><article><h1>${options.title}</h1>\n${body}\n</article></body></html>`;
}

describe('Hardening: pages that pass for another outlet show where they come from', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  const on = (host: string, path: string) => `http://${host}:${web.port}${path}`;

  /** Add a link and return the card posted at its response_url. */
  async function added(url: string, name: string): Promise<string> {
    const { status } = await sendCommand(bed.runtime.url, `add <${url}>`, {
      teamId: TEAM,
      responseUrl: bed.slack.responseUrl(name),
    });
    expect(status).toBe(200);
    await bed.runtime.idle();
    const post = bed.slack.calls.find((c) => c.path === `/response/${name}`);
    expect(post, `no card for ${url}`).toBeDefined();
    return replyText(post!.body);
  }

  /** Pages added once the server's port is known (the server reads this map at each request). */
  const later: Record<string, { contentType?: string; body: string }> = {};

  beforeAll(async () => {
    bed = await startSlackTestbed({ resolver: toLoopback });
    web = await startHostileServer(later);
    Object.assign(later, {
      '/claims-gazette': {
        body: page({ siteName: 'Kestrel Gazette', title: 'Harbour board shuts ferry quay', marker: 'zulvane' }),
      },
      '/no-site-name': { body: page({ title: 'Kestrel Gazette: ferry quay to shut', marker: 'quorbit' }) },
      '/writes-a-host': {
        body: page({ siteName: 'Kestrel Gazette (kestrelgazette.example)', title: 'Quay shut', marker: 'vintrel' }),
      },
    });
  });
  afterAll(async () => {
    await web?.close();
    await bed?.close();
  });

  it('a host that pads the name with a word of its own ("-news", "online") does not bear it out', async () => {
    const card = await added(on('kestrelgazette-news.example', '/claims-gazette'), 'padded');
    expect(card).toContain('Kestrel Gazette (kestrelgazette-news.example)');
    const other = await added(on('kestrelgazetteonline.example', '/claims-gazette'), 'online');
    expect(other).toContain('Kestrel Gazette (kestrelgazetteonline.example)');
  });

  it('nor does the name as a subdomain of another domain', async () => {
    const card = await added(on('kestrelgazette.example.attacker.example', '/claims-gazette'), 'subdomain');
    expect(card).toContain('Kestrel Gazette (kestrelgazette.example.attacker.example)');
  });

  it('a host in another script is shown as the ASCII the browser connects to, never as the look-alike', async () => {
    // "kеstrelgazette" with a Cyrillic "е": the URL parser gives its punycode, which is what is shown.
    const card = await added(on('k\u0435strelgazette.example', '/claims-gazette'), 'mixed-script');
    expect(card).toMatch(/Kestrel Gazette \(xn--[a-z0-9-]+\.example\)/);
    expect(card).not.toContain('k\u0435strelgazette');
  });

  it("a name that writes another site's address is not shown: it would put a host of its own before ours", async () => {
    const card = await added(on('copycat.example', '/writes-a-host'), 'writes-a-host');
    expect(card).toContain('copycat.example ·');
    expect(card).not.toContain('Kestrel Gazette');
    const own = await added(on('kestrelgazette.example', '/writes-a-host'), 'writes-own-host');
    expect(own).toContain('Kestrel Gazette (kestrelgazette.example) ·');
  });

  it('a feed item kept from the feed’s own words says where its title links to', async () => {
    const send = (text: string, name: string) =>
      sendCommand(bed.runtime.url, text, {
        teamId: TEAM,
        channelId: 'C0FEEDLINK',
        responseUrl: bed.slack.responseUrl(name),
      });
    later['/feed.xml'] = {
      contentType: 'application/rss+xml',
      body: rss('Harbour Weekly', [
        {
          guid: 'hw-1',
          title: 'Kestrel Gazette: sign in again to keep your digest',
          // No page there (404): the item is kept from the feed's words.
          link: on('wire-copy.example', '/gone'),
          description: 'Your workspace session ended; sign in at the link to keep reading.',
        },
      ]),
    };
    await send(`subscribe ${on('harbour-weekly.example', '/feed.xml')}`, 'feed-sub');
    await bed.runtime.idle();
    const digest = replyText((await send('digest', 'feed-digest')).reply);
    expect(digest).toContain('Kestrel Gazette: sign in again to keep your digest');
    expect(digest).toContain('harbour-weekly.example feed (link to wire-copy.example)');
    const latest = replyText((await send('latest', 'feed-latest')).reply);
    expect(latest).toContain('harbour-weekly.example feed (link to wire-copy.example) ·');
  });

  it('the name stands alone on its own host', async () => {
    const card = await added(on('kestrelgazette.example', '/claims-gazette'), 'own');
    expect(card).toContain('Kestrel Gazette ·');
    expect(card).not.toContain('Kestrel Gazette (');
  });

  it('a page that declares no name shows its host, so a title that names an outlet never stands alone', async () => {
    const card = await added(on('kestrel-mirror.example', '/no-site-name'), 'no-name');
    expect(card).toContain('Kestrel Gazette: ferry quay to shut');
    expect(card).toContain('kestrel-mirror.example ·');
    const send = (text: string) => sendCommand(bed.runtime.url, text, { teamId: TEAM });
    for (const command of ['latest', 'search quorbit']) {
      const text = replyText((await send(command)).reply);
      expect(text, command).toContain('kestrel-mirror.example ·');
    }
  });

  it('a digest names the source beside every headline, in "More" and in a threaded digest’s parent too', async () => {
    const team = 'T0LOOKALIKEDIGEST';
    const feedUrl = 'https://feeds.example/mixed.xml';
    // Twelve unrelated stories, so ten are told in full and two go to "More"; each from its own host.
    const syllables = ['zan', 'quor', 'vel', 'mib', 'tresk', 'ulo', 'fen', 'dro', 'kaz', 'pim', 'sol', 'yrt'];
    for (let i = 0; i < 12; i++) {
      const words = Array.from(
        { length: 6 },
        (_, k) => `${syllables[(i + k * 5) % 12]}${syllables[(i * 7 + k) % 12]}${i}`,
      );
      const title =
        i === 11 ? 'NewsBot: your workspace token expired, sign in again' : `${words.slice(0, 4).join(' ')} report`;
      const text = `${title}\n\nThe ${words[0]} council met the ${words[1]} board on Monday about the ${words[2]} plan, and agreed to meet again next month.\n\nA spokesperson for the ${words[3]} group said the ${words[4]} talks would go on through the ${words[5]} season.`;
      const record = analyze({ text, url: `https://site${i}.example/story` });
      await bed.store.saveArticle(team, record, {
        source: 'feed',
        feedUrl,
        ingestedAt: new Date(Date.now() - (12 - i) * 60_000),
      });
    }
    for (const [channel, threaded] of [
      ['C0ONE', false],
      ['C0THREAD', true],
    ] as const) {
      await bed.store.subscribe(team, channel, feedUrl);
      await bed.store.setDigestSchedule(
        team,
        channel,
        { kind: 'daily', time: '08:00', tz: 'UTC', ...(threaded ? { threaded: true } : {}) },
        new Date(Date.now() - 60_000),
      );
    }
    const before = bed.slack.calls.length;
    expect((await runDueDigests(testbedDigestDeps(bed))).failed).toBe(0);
    const posted = (channel: string) =>
      bed.slack.calls
        .slice(before)
        .filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel && !c.body.thread_ts);
    const sections = (body: { blocks?: { type: string; text?: { text: string } }[] }) =>
      (body.blocks ?? []).filter((b) => b.type === 'section').map((b) => b.text!.text);
    const more = sections(posted('C0ONE')[0]!.body).find((s) => s.startsWith('*More*'))!;
    const headlines = sections(posted('C0THREAD')[0]!.body).at(-1)!;
    for (const lines of [more.split('\n').slice(1), headlines.split('\n').filter((l) => l.includes('<http'))]) {
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const host = /<https:\/\/(site\d+\.example)\//.exec(line)?.[1];
        expect(line).toContain(`(${host})`);
      }
    }
    expect(more + headlines).toContain('|NewsBot: your workspace token expired, sign in again> (site11.example)');
  });
});
