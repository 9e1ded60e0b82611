/**
 * The one SQS operation NewsBot uses, as named imports: loaded with `import()`
 * on the first enqueue, and only these parts of the client end up in a bundle.
 * (`import('@aws-sdk/client-sqs')` itself would keep every command of the
 * package, since a dynamic import's namespace cannot be tree-shaken.)
 */
export { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
