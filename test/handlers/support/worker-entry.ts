import type { Context, SQSEvent } from 'aws-lambda';
import { startFakeSlack } from '../../helpers/fake-slack';
import { freshTable } from '../../helpers/table';
import { startPageServer } from '../../slack/support/page-server';

type Pages = Parameters<typeof startPageServer>[0];
export type WorkerHandler = (
  event: SQSEvent,
  context?: Context,
) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

/**
 * The worker's Lambda entry as deployed, against a loopback Slack, a loopback
 * page server and a table of its own. The handler reads its environment once,
 * at import, as in a Lambda cold start, so each test file starts one.
 */
export async function startWorkerEntry(pageRoutes: Pages) {
  const slack = await startFakeSlack();
  const pages = await startPageServer(pageRoutes);
  const table = await freshTable();
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: 'silent',
  });
  const { handler } = (await import('../../../lambdas/handlers/worker')) as unknown as { handler: WorkerHandler };
  const close = async () => {
    await pages.close();
    await slack.close();
    table.client.destroy();
  };
  return { slack, pages, table, handler, close };
}
