/**
 * The one Secrets Manager operation NewsBot uses, as named imports: loaded with
 * `import()` where the secret is read, and only these parts of the client end
 * up in a bundle. (`import('@aws-sdk/client-secrets-manager')` itself would
 * keep every command of the package, since a dynamic import's namespace cannot
 * be tree-shaken.)
 */
export { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
