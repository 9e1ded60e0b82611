import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromHttp } from '@aws-sdk/credential-provider-http';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';

/**
 * The AWS credential chain of the Lambda bundles, standing in for
 * `@aws-sdk/credential-provider-node` (esbuild `--alias`, see
 * cdk/constructs/bundling-options.ts). Lambda hands a function its role's
 * credentials in environment variables, so the SDK's default chain
 * (profiles, SSO, web identity, process, instance metadata, with the STS and
 * SSO clients they bring) is code a function never runs: about 120 KB of a
 * bundle. The container endpoint is kept as the one fallback, for runtimes
 * that serve credentials over HTTP instead.
 *
 * Only the bundles use this file. `npm start`, the tests and the CLI run
 * unbundled and keep the SDK's full chain.
 */
type Init = Parameters<typeof fromEnv>[0] & Parameters<typeof fromHttp>[0];

export function defaultProvider(init: Init = {}): AwsCredentialIdentityProvider {
  const env = fromEnv(init);
  return async () => {
    try {
      return await env();
    } catch (error) {
      if (!process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI && !process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)
        throw error;
      return fromHttp(init)();
    }
  };
}
