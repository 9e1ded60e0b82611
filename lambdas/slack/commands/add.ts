import { addArticleFromText, NotAnArticleError } from '../../app/add-article';
import { ephemeral, type NewsCommand } from '../command-context';
import { looksLikeBrokenUrl, singleUrl } from '../command-text';
import { escapeText } from '../escape';
import { enqueueFetch } from './enqueue-fetch';

export const addCommand: NewsCommand = {
  name: 'add',
  usage: 'add <url | pasted article text>',
  description: 'Store an article: from a link, or from text you paste.',
  async run(ctx) {
    if (!ctx.args) return ephemeral('Give me a link or paste the article: `/news add https://example.com/story`');
    const url = singleUrl(ctx.args);
    if (url) return enqueueFetch(ctx, url, 'added');
    if (looksLikeBrokenUrl(ctx.args)) return ephemeral("That doesn't look like a URL I can read: only http:// and https:// links work.");
    try {
      const { article, created } = await addArticleFromText(ctx.deps.store, {
        teamId: ctx.teamId,
        text: ctx.args,
        now: ctx.deps.clock(),
      });
      const title = escapeText(article.title ?? article.summary.headline ?? 'Untitled');
      return ephemeral(
        created
          ? `Added *${title}* as \`${article.id}\`. Try \`/news summary ${article.id}\`.`
          : `I already have *${title}* as \`${article.id}\`.`,
      );
    } catch (error) {
      if (error instanceof NotAnArticleError) return ephemeral(error.message);
      throw error;
    }
  },
};
