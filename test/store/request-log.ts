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

const WRITES = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand']);

export function recordRequests(client: DynamoDBDocumentClient): RequestLog {
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
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
