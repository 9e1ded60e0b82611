/**
 * Stands in, in the Lambda bundles only, for packages Bolt imports but a
 * Lambda never runs: Socket Mode (and its WebSocket/undici stack), the
 * Express/HTTP receivers (express, raw-body and their iconv-lite, mime-db)
 * and the OAuth install flow (@slack/oauth, jsonwebtoken).
 * Bolt's `App` imports them at load time for receivers NewsBot's Lambda does
 * not use (it uses AwsLambdaReceiver). Importing this module is free; calling
 * anything from it throws, naming what was called, so a receiver that needs
 * the real package fails loudly instead of misbehaving.
 * The esbuild alias that points here is in cdk/constructs/bundling-options.ts.
 */
'use strict';
function notInLambda(name) {
  return function () {
    throw new Error(`${String(name)} is not bundled into NewsBot's Lambda functions (cdk/constructs/bundling-options.ts aliases it away)`);
  };
}
module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      if (key === '__esModule') return false;
      if (key === 'default') return module.exports;
      if (typeof key !== 'string' || key === 'then') return undefined;
      return notInLambda(key);
    },
  },
);
