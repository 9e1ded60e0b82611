import { randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayText, keyText, utf8Prefix } from '../../lambdas/store/bounds';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { articleWordsKey, speakerDirectoryPartition } from '../../lambdas/store/keys';
import { replyText, sendCommand } from '../helpers/slack-request';
import { freshTable } from '../helpers/table';
import { startSlackTestbed } from '../slack/support/runtime';
import { makeArticle } from '../store/article-factory';

/**
 * Names, titles and words of any length: DynamoDB refuses a partition key
 * over 2,048 bytes and a sort key over 1,024 bytes, so a 10,000-character
 * speaker name, word or feed title must not reach a key whole. Runs on the
 * suite's DynamoDB server, which enforces those limits.
 */
const LONG = 10_000;
const newTeam = () => `T${randomBytes(5).toString('hex').toUpperCase()}`;
/** Half of a character: a surrogate without its other half. */
const HALF_CHARACTER = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A word of `n` letters that differs from its siblings only at the end. */
const longWord = (n: number, tail: string) => `${'k'.repeat(n - tail.length)}${tail}`;

describe('Hardening: long names and titles', () => {
  let store: NewsStore;
  let client: Awaited<ReturnType<typeof freshTable>>['client'];
  let tableName: string;

  beforeAll(async () => {
    ({ client, tableName } = await freshTable());
    store = createStore({ client, tableName });
  });

  it('keeps short key text as it was and bounds long text by bytes, keeping distinct texts distinct', () => {
    expect(keyText('kerry')).toBe('kerry');
    const a = keyText(longWord(LONG, 'a'));
    const b = keyText(longWord(LONG, 'b'));
    expect(a).not.toBe(b);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(200);
    const wide = keyText('語'.repeat(LONG));
    expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(200);
    expect(wide.startsWith('語'.repeat(50))).toBe(true);
    expect(utf8Prefix('a😀b', 3)).toBe('a'); // never half a character
    expect([...displayText('x'.repeat(LONG))]).toHaveLength(200);
  });

  it('stores a pasted article whose speaker name, title and words are 10,000 characters, and finds its quotes', async () => {
    const teamId = newTeam();
    const first = `Ann ${longWord(LONG, 'a')}`;
    const second = `Bob ${longWord(LONG, 'b')}`;
    const record = makeArticle({
      title: `Budget ${longWord(LONG, 'title')}`,
      quotes: [
        { text: 'We will not raise the tax this year', speaker: first },
        { text: 'The numbers do not add up at all', speaker: second },
      ],
    });
    const { article, created } = await store.saveArticle(teamId, record, { source: 'slack', ingestedAt: new Date() });
    expect(created).toBe(true);
    expect([...(article.title ?? '')].length).toBeLessThanOrEqual(200);

    const read = await store.getArticle(teamId, article.id);
    expect(read?.body).toBe(record.body);
    // Two names that share their first 9,999 characters stay two speakers.
    const byFirst = await store.quotesBySpeaker(teamId, first);
    expect(byFirst.items.map((h) => h.text)).toEqual(['We will not raise the tax this year']);
    const bySecond = await store.quotesBySpeaker(teamId, longWord(LONG, 'b'));
    expect(bySecond.items.map((h) => h.text)).toEqual(['The numbers do not add up at all']);
    expect([...(bySecond.items[0]?.speaker ?? '')].length).toBeLessThanOrEqual(200);
    // The long title word is searchable, and the article is listed.
    expect((await store.searchArticles(teamId, longWord(LONG, 'title'))).items.map((a) => a.id)).toEqual([article.id]);
    expect((await store.latestArticles(teamId)).items.map((a) => a.id)).toEqual([article.id]);
    expect(await store.knownSpeakers(teamId, first.slice(0, 30))).toHaveLength(2);
    // Deleting it takes every item with it, postings of long terms too.
    expect(await store.deleteArticle(teamId, article.id)).toBeTruthy();
    expect((await store.searchArticles(teamId, longWord(LONG, 'title'))).items).toEqual([]);
    expect((await store.quotesBySpeaker(teamId, first)).items).toEqual([]);
  });

  it('subscribes a channel to a feed whose title is 10,000 characters, and lists it', async () => {
    const teamId = newTeam();
    const url = `https://feeds.example/${'p'.repeat(3000)}.xml`;
    const { created } = await store.subscribe(teamId, 'C0LONG', url, { title: 'F'.repeat(LONG) });
    expect(created).toBe(true);
    const feeds = await store.channelFeeds(teamId, 'C0LONG');
    expect(feeds).toHaveLength(1);
    expect([...(feeds[0]?.title ?? '')].length).toBeLessThanOrEqual(200);
    expect(await store.feedSubscribers(url)).toEqual([{ teamId, channelId: 'C0LONG' }]);
    await store.updateFeed(url, { nextPollAt: new Date(), title: 'G'.repeat(LONG) });
    expect([...((await store.getFeed(url))?.title ?? '')].length).toBeLessThanOrEqual(200);
    // Nothing of the title reached a key.
    const items = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': `T#${teamId}#CH#C0LONG` },
      }),
    );
    for (const item of items.Items ?? []) expect(Buffer.byteLength(String(item.SK))).toBeLessThan(1024);
  });

  it('never cuts a character in two where a long name or word is cut for a key', async () => {
    const teamId = newTeam();
    // The 200th UTF-16 unit of the name and the 40th of the word are the first halves of a character.
    const speaker = `Ann ${'a'.repeat(195)}😀 Varga`;
    const word = `q${'𞤢'.repeat(30)}`; // Adlam letters: one character, two UTF-16 units each
    const record = makeArticle({
      title: 'Harbour notes',
      paragraphs: [`The board met. ${word} was the word of the day.`],
      quotes: [{ text: 'We will not close the quay this year', speaker }],
    });
    const { article } = await store.saveArticle(teamId, record, { source: 'slack', ingestedAt: new Date() });
    const keys: string[] = [];
    for (const pk of [speakerDirectoryPartition(teamId).value, articleWordsKey(teamId, article.id).PK]) {
      const items = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
        }),
      );
      for (const item of items.Items ?? []) keys.push(String(item.SK), ...((item.terms as string[] | undefined) ?? []));
    }
    expect(keys.some((k) => k.includes('Ann aaa'))).toBe(true);
    expect(keys.some((k) => k.startsWith('q𞤢'))).toBe(true);
    for (const key of keys) expect(key, JSON.stringify(key.slice(-4))).not.toMatch(HALF_CHARACTER);
    expect((await store.searchArticles(teamId, word)).items.map((a) => a.id)).toEqual([article.id]);
  });
});

describe('Hardening: long names pasted through Slack', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  beforeAll(async () => {
    bed = await startSlackTestbed();
  });
  afterAll(async () => bed?.close());

  // A command holds at most 12,000 characters (dispatch.ts), so each paste carries one long part.
  const prose = 'The harbour council voted on Monday to keep the night ferry running through the winter months. ';

  it('a pasted article whose speaker name is 10,000 characters is stored, and its quotes can be looked up', async () => {
    const teamId = 'T0LONGNAME';
    const surname = `Q${'u'.repeat(LONG - 1)}`;
    const text = [
      'Night ferry stays',
      prose.repeat(3),
      `“We will keep the boats running every single night,” said harbour master Ann ${surname}.`,
      prose.repeat(2),
    ].join('\n\n');
    const added = await sendCommand(bed.runtime.url, `add ${text}`, { teamId });
    expect(added.status).toBe(200);
    expect(added.reply.text).toMatch(/^Added \*.+\* as `[0-9a-z]{8}`\.$/s);
    // A name lookup takes at most 200 characters, so the quote is found by its words; the name shown is clipped.
    const found = await sendCommand(bed.runtime.url, 'quote "keep the boats running"', { teamId });
    const shown = replyText(found.reply);
    expect(shown).toContain('We will keep the boats running every single night');
    expect(shown).toContain(`Ann Q${'u'.repeat(50)}`);
    expect(shown.length).toBeLessThan(3000);
    // The store finds it by the whole name too.
    expect((await bed.store.quotesBySpeaker(teamId, `Ann ${surname}`)).items).toHaveLength(1);
  });

  it('a pasted article whose title line is one 10,000-character word is stored, with a clipped title', async () => {
    const teamId = 'T0LONGTITLE';
    const text = [`Ferry${'longtitle'.repeat(LONG / 9)}`, prose.repeat(5)].join('\n\n');
    const added = await sendCommand(bed.runtime.url, `add ${text}`, { teamId });
    expect(added.status).toBe(200);
    expect(added.reply.text).toMatch(/^Added \*.+\* as `[0-9a-z]{8}`\.$/s);
    expect(added.reply.text.length).toBeLessThan(600);
    expect((await bed.store.latestArticles(teamId)).items).toHaveLength(1);
  });
});
