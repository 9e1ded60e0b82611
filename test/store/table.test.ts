import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { localClientConfig } from '../../lambdas/store/client';
import { TABLE } from '../../lambdas/store/table';
import { freshTable } from '../helpers/table';

describe('the table definition', () => {
  it('creates the table with the key schema and indexes it declares', async () => {
    const { endpoint, tableName } = await freshTable();
    const raw = new DynamoDBClient(localClientConfig(endpoint));
    const { Table } = await raw.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(TABLE.indexes.map((i) => i.name));
    raw.destroy();
  });
});
