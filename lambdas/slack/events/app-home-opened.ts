import * as z from 'zod/mini';
import type { AppDeps } from '../command-context';
import { readEvent } from './event-envelope';
import { homeView, HOME_ARTICLES } from '../views/home';

/** An `app_home_opened` event as Slack sends it (api.slack.com/events/app_home_opened). */
export const AppHomeOpenedSchema = z.object({
  type: z.literal('app_home_opened'),
  user: z.string().check(z.minLength(1)),
  tab: z.optional(z.string()),
});

/** users.conversations' answer: the channels, each with its id (api.slack.com/methods/users.conversations). */
const UserChannelsSchema = z.looseObject({ channels: z.array(z.looseObject({ id: z.string() })) });

/** The public and private channels the user is in (private ones only where NewsBot is too); undefined when Slack will not say. */
async function userChannels(deps: AppDeps, userId: string): Promise<Set<string> | undefined> {
  try {
    const out = await deps.slack.call('users.conversations', {
      user: userId,
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: 999,
    });
    const parsed = UserChannelsSchema.safeParse(out);
    if (!parsed.success) {
      // An answer we cannot read says nothing about the user's channels: the Home says so and lists none.
      deps.log.warn('home_channels_unknown', {
        reason: 'unreadable answer',
        fields: parsed.error.issues.map((issue) => issue.path.join('.')),
      });
      return undefined;
    }
    return new Set(parsed.data.channels.map((channel) => channel.id));
  } catch (error) {
    deps.log.warn('home_channels_unknown', { error });
    return undefined;
  }
}

/**
 * `app_home_opened` → `views.publish`, refreshed on every open. Three
 * DynamoDB Queries (latest articles, the team's subscriptions, its digest
 * schedules) and one Slack call for the user's channels run together; the
 * Home lists only the feeds and digests of channels the user is in.
 */
export async function onAppHomeOpened(deps: AppDeps, body: unknown, event: unknown, requestId: string): Promise<void> {
  const read = readEvent(deps, { body, event, requestId }, AppHomeOpenedSchema, 'app_home_opened');
  if (!read) return;
  if (read.event.tab && read.event.tab !== 'home') return;
  const teamId = read.envelope.team_id;
  const userId = read.event.user;
  const [latest, feeds, digests, channels] = await Promise.all([
    deps.store.latestArticles(teamId, { limit: HOME_ARTICLES }),
    deps.store.teamSubscriptions(teamId),
    deps.store.teamDigests(teamId),
    userChannels(deps, userId),
  ]);
  const view = homeView({ articles: latest.items, feeds, digests, channels });
  await deps.slack.call('views.publish', { user_id: userId, view });
}
