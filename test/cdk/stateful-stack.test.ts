import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { StatefulStack, type TableDefinition } from '../../cdk/stateful-stack';
import { TABLE } from '../../lambdas/store/table';
import { newsBotApp, tempOutdir } from './helpers';

function expectedTable(def: TableDefinition) {
  const keyNames = [
    def.partitionKey,
    def.sortKey,
    ...def.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' },
      { AttributeName: def.sortKey, KeyType: 'RANGE' },
    ],
    AttributeDefinitions: Match.arrayEquals(keyNames.map((AttributeName) => ({ AttributeName, AttributeType: 'S' }))),
    GlobalSecondaryIndexes: def.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    TimeToLiveSpecification: { AttributeName: def.ttlAttribute, Enabled: true },
  };
}

describe('Class: StatefulStack', () => {
  const synth = newsBotApp();
  const template = Template.fromStack(synth.stateful);
  afterAll(() => synth.cleanup());

  it('holds the table and nothing else', () => {
    expect(Object.keys(template.toJSON().Resources)).toHaveLength(1);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
  });

  it("builds keys, GSIs and the TTL attribute from the storage code's TABLE", () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', expectedTable(TABLE));
  });

  it('is on-demand, with point-in-time recovery, AWS-managed encryption and deletion protection', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // SSEEnabled true without a key = the AWS-managed key alias/aws/dynamodb (false would be AWS-owned).
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent(), SSEType: Match.absent() },
      DeletionProtectionEnabled: true,
      ProvisionedThroughput: Match.absent(),
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('follows the definition when the storage code adds an index', () => {
    const withThirdIndex: TableDefinition = {
      ...TABLE,
      indexes: [...TABLE.indexes, { name: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' }],
    };
    const { outdir, cleanup } = tempOutdir();
    try {
      const stack = new StatefulStack(new App({ outdir }), 'Stateful', { tableDefinition: withThirdIndex });
      Template.fromStack(stack).hasResourceProperties('AWS::DynamoDB::Table', expectedTable(withThirdIndex));
      expect(stack.tableDefinition.indexes.map((index) => index.name)).toEqual(['GSI1', 'GSI2', 'GSI3']);
    } finally {
      cleanup();
    }
  });
});
