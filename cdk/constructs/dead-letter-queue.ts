import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { keepLogicalId } from './logical-id';

/**
 * A queue where failed work waits to be looked at: encrypted by SQS, TLS only,
 * kept 14 days (SQS's longest) so a failure over a holiday is still there.
 * `logicalId` pins the ID it had before the stack was split into constructs.
 */
export function deadLetterQueue(scope: Construct, id: string, logicalId: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  keepLogicalId(queue, logicalId);
  return queue;
}
