import { SecretValue, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { keepLogicalId } from './logical-id';

/**
 * The Slack credentials (signing secret and bot token, JSON): filled after the
 * first deploy (docs/deploy.md), read by the functions with a 5-minute cache.
 */
export class SlackSecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: { readonly stage: string }) {
    super(scope, id);
    // CloudFormation writes SecretString only when it changes in the template: keep this placeholder
    // as it is, or an update would overwrite the real credentials.
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: `NewsBot ${props.stage}: Slack signing secret and bot token (JSON)`,
      secretObjectValue: {
        signingSecret: SecretValue.unsafePlainText('REPLACE_ME'),
        botToken: SecretValue.unsafePlainText('REPLACE_ME'),
      },
    });
    keepLogicalId(this.secret, 'SlackSecretEA96F13F');
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The secret holds credentials issued by Slack (signing secret, bot token); they are rotated in the Slack app settings, not by a rotation Lambda, and then written with put-secret-value.',
    });
  }
}
