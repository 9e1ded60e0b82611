import type { SQSEvent } from 'aws-lambda';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lambdas/core/pipeline';
import { createStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { sqsRecord } from '../helpers/sqs';
import { freshTable } from '../helpers/table';
import { startPageServer } from '../slack/support/page-server';
import { fixture, TEAM } from '../slack/support/runtime';
import { loadBundle, type BuiltBundle } from './support';

/** A news page with the <style> elements real pages carry, in the head and in the body. */
const PAGE = fixture('reading-room.html')
  .replace('</head>', '<style>body{font-family:serif} .ad{display:none}</style></head>')
  .replace(/<article([^>]*)>/, '<article$1><style>@media (max-width: 600px) { p { margin: 0 } }</style>');

describe('Bundle: the worker as CDK bundles it reads a page as the unbundled code does', () => {
  let bundle: BuiltBundle<{ handler: typeof handler }> | undefined;
  let metafile: Metafile;
  let handler: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let table: Awaited<ReturnType<typeof freshTable>>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    pages = await startPageServer({ '/story': { body: PAGE } });
    table = await freshTable();
    bundle = await loadBundle<{ handler: typeof handler }>('lambdas/handlers/worker.ts', {
      ...table,
      slackApiUrl: slack.apiUrl,
    });
    ({ metafile } = bundle);
    ({ handler } = bundle.module);
  }, 60_000);
  afterAll(async () => {
    await pages?.close();
    await slack?.close();
    bundle?.remove();
  });

  it("leaves out linkedom's CSS parser (only a <style> element's sheet would call it)", () => {
    expect(Object.keys(metafile.inputs).filter((f) => f.includes('node_modules/cssomnom/'))).toEqual([]);
    expect(Object.keys(metafile.inputs).some((f) => f.includes('node_modules/linkedom/'))).toBe(true);
  });

  it('stores the article the unbundled pipeline extracts, and answers on response_url', async () => {
    const url = pages.url('/story');
    const job = {
      kind: 'ingest-url',
      jobId: 'bundle-job-1',
      teamId: TEAM,
      url,
      responseUrl: slack.responseUrl('bundle'),
      reply: 'summary',
    };
    expect(await handler({ Records: [sqsRecord('m1', job, 1)] })).toEqual({ batchItemFailures: [] });

    const expected = analyze({ html: PAGE, url });
    const store = createStore({ client: table.client, tableName: table.tableName });
    const [stored] = (await store.latestArticles(TEAM, { limit: 1 })).items;
    expect(stored?.title).toBe(expected.title);
    const article = await store.getArticle(TEAM, stored!.id);
    expect(article?.body).toBe(expected.body);
    expect(article?.body).not.toMatch(/font-family|max-width/);
    expect(article?.summary.sentences.map((s) => s.text)).toEqual(expected.summary.sentences.map((s) => s.text));
    expect(slack.calls.filter((c) => c.path === '/response/bundle')).toHaveLength(1);
  });
});
