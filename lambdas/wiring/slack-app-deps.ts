import type { AppDeps } from '../slack/command-context';
import type { SlackPoster } from '../slack/poster';
import type { RuntimeParts } from './use-case-deps';

/** A runtime's parts with the poster that also answers on `response_url` and calls the Web API. */
export type SlackRuntimeParts = RuntimeParts & { slack: SlackPoster };

/**
 * The Slack app's ports, for the Lambda handler and `npm start` alike. The
 * digest's ports are imported when `/news digest now` first asks for them, so
 * loading the Slack function does not load the digest's views.
 */
export function slackAppDeps(parts: SlackRuntimeParts): AppDeps {
  return {
    ...parts,
    digestPorts: async () => (await import('./digest-deps')).commandDigestDeps(parts),
  };
}
