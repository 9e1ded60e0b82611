/**
 * Stands in, in the Lambda bundles only, for code that a bundled package
 * imports at load time but a Lambda never runs: Bolt's Socket Mode (and its
 * WebSocket/undici stack), the Express/HTTP receivers (express, raw-body and
 * their iconv-lite, mime-db) and the OAuth install flow (@slack/oauth,
 * jsonwebtoken), which Bolt's `App` imports for receivers NewsBot does not use
 * (it uses AwsLambdaReceiver); and linkedom's CSS parser, used only by a
 * <style> element's `sheet`, which extraction never reads.
 * Importing this module is free; calling anything from it throws, naming what
 * was called, so a use nobody expected fails loudly instead of misbehaving.
 * The esbuild alias that points here is in cdk/constructs/bundling-options.ts.
 */
'use strict';
function notInLambda(name) {
  return () => {
    throw new Error(
      `${String(name)} is not bundled into NewsBot's Lambda functions (cdk/constructs/bundling-options.ts aliases it away)`,
    );
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
