/**
 * `npm run reindex:search -- --team T0123 [--table newsbot] [--endpoint http://127.0.0.1:8000]`
 *
 * Writes the full-text search postings of a team's articles stored before
 * full-text search (they were found by the first twelve words of their title
 * and summary only) or indexed by older rules (before SEARCH_INDEX_VERSION:
 * no numbers, the first 600 terms). Reads each such article's stored body;
 * skips articles already current, so it is safe to run again.
 * Without --endpoint it uses the AWS SDK's usual credentials and region.
 */
import { createDocumentClient, localClientConfig } from '../lambdas/store/client';
import { createStore } from '../lambdas/store/index';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const team = option('team');
if (!team) {
  console.error(
    'usage: npm run reindex:search -- --team <Slack team id> [--table newsbot] [--endpoint <local DynamoDB URL>]',
  );
  process.exit(2);
}
const endpoint = option('endpoint');
const client = createDocumentClient(endpoint ? localClientConfig(endpoint) : {});
const store = createStore({ client, tableName: option('table') ?? process.env.TABLE_NAME ?? 'newsbot' });

let cursor: string | undefined;
let total = 0;
do {
  const page = await store.reindexSearch(team, { cursor });
  total += page.reindexed;
  cursor = page.cursor;
  console.log(`re-indexed ${total} article(s)…`);
} while (cursor);
console.log(`done: ${total} article(s) of team ${team} re-indexed; every article is searchable by every word.`);
client.destroy();
