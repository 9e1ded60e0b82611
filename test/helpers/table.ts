import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { ensureTable } from '../../lambdas/local/dynamodb';
import { createDocumentClient, localClientConfig } from '../../lambdas/store/client';

/** A fresh table on the suite's DynamoDB server, named uniquely for the caller. */
export async function freshTable(endpoint: string = inject('dynamoEndpoint')) {
  const tableName = `newsbot-test-${randomUUID().slice(0, 8)}`;
  await ensureTable(endpoint, tableName);
  const client = createDocumentClient(localClientConfig(endpoint));
  return { endpoint, tableName, client };
}
