import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';
import { hardeningFixture, startHostileServer } from './support/hostile-server';

/**
 * A page may declare any canonical URL and site name; only the host it was
 * fetched from is known. A site name the host does not bear out is shown with the host. A page on one host that names another host's URL
 * as canonical is stored under the URL fetched: another host's URL is never
 * answered from it. A canonical on the same host still dedupes.
 */
const TEAM = 'T0CANON';
const OTHER_SITE = 'https://www.wire.example/world/ferry-story';

function withHead(extra: string): string {
  return hardeningFixture('ferry-vote.html').replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${extra}`);
}

describe('Hardening: a page never answers for another host', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  const add = async (url: string, name: string, teamId = TEAM) => {
    await sendCommand(bed.runtime.url, `add <${url}>`, { teamId, responseUrl: bed.slack.responseUrl(name) });
    await bed.runtime.idle();
    return replyText(bed.slack.calls.filter((c) => c.path === `/response/${name}`).at(-1)?.body);
  };

  beforeAll(async () => {
    const sameHost = withHead('<link rel="canonical" href="/canonical-story">');
    bed = await startSlackTestbed();
    web = await startHostileServer({
      '/claims-other-site': {
        body: withHead(
          `<link rel="canonical" href="${OTHER_SITE}">\n<meta property="og:site_name" content="Wire Service">`,
        ),
      },
      '/tracked-1': { body: sameHost.replace('</title>', ' (1)</title>') },
      '/tracked-2': { body: sameHost },
    });
  });
  afterAll(async () => {
    await web?.close();
    await bed?.close();
  });

  it('is stored under the URL fetched, not the other host it names as canonical', async () => {
    const card = await add(web.url('/claims-other-site'), 'claims');
    expect(card).toContain('Harbour Council Keeps the Night Ferry Running');
    // The site name it declares is not borne out by the host: the card shows the host beside it.
    expect(card).toContain('Wire Service (127.0.0.1)');
    expect(await bed.store.findArticleByUrl(TEAM, OTHER_SITE)).toBeUndefined();
    const stored = await bed.store.findArticleByUrl(TEAM, web.url('/claims-other-site'));
    expect(stored?.url).toBe(web.url('/claims-other-site'));
  });

  it('a canonical on the same host still dedupes: two tracking URLs, one article', async () => {
    // Another team: the same host's copy of the body in TEAM would dedupe these already.
    const first = await add(web.url('/tracked-1'), 'tracked-1', 'T0CANON2');
    const second = await add(web.url('/tracked-2'), 'tracked-2', 'T0CANON2');
    expect(first).toContain('Harbour Council Keeps the Night Ferry Running');
    expect(second).toContain('I already had this one.');
    const a = await bed.store.findArticleByUrl('T0CANON2', web.url('/canonical-story'));
    expect((await bed.store.latestArticles('T0CANON2')).items).toHaveLength(1);
    expect(a?.url).toBe(web.url('/canonical-story'));
  });
});
