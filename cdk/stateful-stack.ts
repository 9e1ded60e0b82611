import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE } from '../lambdas/store/table';

/** The table's shape as the storage code defines it (a structural copy of `TABLE`). */
export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly indexes: readonly { readonly name: string; readonly partitionKey: string; readonly sortKey: string }[];
  readonly ttlAttribute: string;
}

export interface StatefulStackProps extends StackProps {
  /** Defaults to the storage code's `TABLE`; tests pass other shapes to prove the stack follows it. */
  readonly tableDefinition?: TableDefinition;
}

/**
 * What must survive a redeploy: the one DynamoDB table, built only from the
 * storage code's definition (keys, GSIs, TTL attribute). Retained on delete
 * and protected against deletion; the bot stack receives it as `table`.
 */
export class StatefulStack extends Stack {
  readonly table: ITable;
  readonly tableDefinition: TableDefinition;

  constructor(scope: Construct, id: string, props: StatefulStackProps = {}) {
    super(scope, id, props);
    const def = props.tableDefinition ?? TABLE;
    this.tableDefinition = def;

    const table = new Table(this, 'Table', {
      partitionKey: { name: def.partitionKey, type: AttributeType.STRING },
      sortKey: { name: def.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: def.ttlAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of def.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
    this.table = table;
  }
}
