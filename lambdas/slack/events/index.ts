import type { App } from '@slack/bolt';
import type { AppDeps } from '../command-context';
import { lazyListener } from '../lazy-listener';
import { SUMMARIZE_MESSAGE_CALLBACK_ID } from '../shortcuts/callback-ids';

/**
 * The Events API listeners (link unfurls, the App Home) and the message
 * shortcut, on any Bolt app. `url_verification` is answered by Bolt's
 * receivers before any listener. What Bolt matches on is registered here;
 * the listeners (events/event-listeners.ts) load on the first request that
 * needs them (lazy-listener.ts says why).
 */
export function registerEventListeners(app: App, deps: AppDeps): void {
  const listeners = () => import('./event-listeners');
  app.event(
    'link_shared',
    lazyListener(async () => (await listeners()).linkSharedListener(deps)),
  );
  app.event(
    'app_home_opened',
    lazyListener(async () => (await listeners()).appHomeListener(deps)),
  );
  app.shortcut(
    { type: 'message_action', callback_id: SUMMARIZE_MESSAGE_CALLBACK_ID },
    lazyListener(async () => (await listeners()).summarizeShortcutListener(deps)),
  );
}
