import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Records the name of every command a client sends (a middleware on the real
 * client, not a mock: the requests still reach the server). Tests use it to
 * hold the store to its request budgets.
 */
export interface RequestLog {
  commands: string[];
  reset(): void;
  writes(): string[];
  reads(): string[];
}

/** The document client's commands reach the client's stack under the low-level names. */
const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

export function recordRequests(client: DynamoDBDocumentClient): RequestLog {
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // Counted before sending: a request that fails (a conditional write that loses) was still made.
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'newsbotRequestLog' },
  );
  return {
    commands,
    reset: () => void commands.splice(0),
    writes: () => commands.filter((c) => WRITES.has(c)),
    reads: () => commands.filter((c) => !WRITES.has(c)),
  };
}
