import { ACTION_IDS } from '../action-values';
import type { NewsAction } from '../action-context';
import { articleCard } from '../views/article-card';
import { loadArticle } from './load-article';

/**
 * "Share in channel": the same card, visible to the channel, saying who
 * shared it. Through the click's response_url, so the bot needs neither
 * channel membership nor chat:write.public; chat.postMessage only when Slack
 * gave no response_url. Once per user per message: a double click shares once.
 */
export const shareArticleAction: NewsAction = {
  actionId: ACTION_IDS.share,
  dedupe: 'message',
  async run(ctx) {
    const article = await loadArticle(ctx);
    if (!article) return;
    const card = articleCard(article, { buttons: 'shared', sharedBy: ctx.userId });
    const message = { ...card, unfurl_links: false, unfurl_media: false };
    if (ctx.responseUrl) {
      await ctx.deps.slack.respond(ctx.responseUrl, {
        ...message,
        response_type: 'in_channel',
        replace_original: false,
      });
    } else if (ctx.channelId) {
      await ctx.deps.slack.postMessage(ctx.channelId, message);
    }
    ctx.deps.log.info('article_shared', { articleId: article.id, channelId: ctx.channelId });
  },
};
