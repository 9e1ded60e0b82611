import { afterAll, beforeAll, describe, it } from 'vitest';
import { storeContract } from '../store/store-contract';
import { javaAvailable, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';

/**
 * The store's contract again, on AWS's DynamoDB Local: what dynalite lets
 * through but DynamoDB rejects (expression rules, key sizes, reserved words)
 * fails here.
 */
if (!javaAvailable()) {
  describe('Store (DynamoDB Local)', () => {
    it.skip('skipped: java is not on the PATH (DynamoDB Local needs Java 17+)', () => {});
  });
} else {
  describe('Store (DynamoDB Local)', () => {
    let server: DynamoDbLocal | undefined;
    beforeAll(async () => {
      server = await startDynamoDbLocal();
    }, 60_000);
    afterAll(async () => {
      await server?.stop();
    });
    storeContract(() => {
      if (!server) throw new Error('DynamoDB Local did not start');
      return server.endpoint;
    });
  });
}
