import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Pins a stateful resource to the logical ID it had before it moved into a
 * construct. CloudFormation replaces a resource whose logical ID changes: for
 * the Slack secret that would drop the credentials, for a queue its messages,
 * for the alarm topic its confirmed subscriptions.
 */
export function keepLogicalId(resource: IConstruct, logicalId: string): void {
  (resource.node.defaultChild as CfnResource).overrideLogicalId(logicalId);
}
