import { ephemeral, firstDelivery, type NewsCommand } from '../command-context';
import { looksLikeBrokenUrl, singleUrl, unwrapSlackLinks } from '../command-text';
import { IngestInProgressError } from '../../store/index';
import { countWords } from '../../core/word-count';
import { escapeText } from '../escape';
import { displayTitle } from '../../core/display-title';
import { articleCard } from '../views/article-card';
import { context } from '../views/limits';
import { enqueueFetch } from './enqueue-fetch';

const NOT_A_URL =
  "That doesn't look like a URL I can read: give me a full link starting with https:// (or paste the whole article).";

export const addCommand: NewsCommand = {
  name: 'add',
  aliases: ['read', 'save'],
  usage: 'add <url | pasted article text>',
  description: 'Store an article: from a link, or from text you paste.',
  async run(ctx) {
    if (!ctx.args) return ephemeral('Give me a link or paste the article: `/news add https://example.com/story`');
    const url = singleUrl(ctx.args);
    if (url) {
      // Already stored: answer from the table at once; only a new URL is fetched.
      const stored = await ctx.deps.store.findArticleByUrl(ctx.teamId, url);
      if (!stored) return enqueueFetch(ctx, url, { kind: 'ingest-url', reply: 'added' });
      const note = `I already have *${escapeText(displayTitle(stored))}* as \`${stored.id}\`.`;
      return { response_type: 'ephemeral', text: note, blocks: [context(note), ...articleCard(stored).blocks] };
    }
    // One word is a mistyped link ("example.com/story", "htps://…"), never an article.
    if (looksLikeBrokenUrl(ctx.args) || countWords(unwrapSlackLinks(ctx.args)) <= 1) return ephemeral(NOT_A_URL);
    if (!(await firstDelivery(ctx))) return undefined;
    // The ingest pipeline (HTML parser included) loads on the first paste, not at every cold start.
    const { addArticleFromText, NotAnArticleError } = await import('../../app/add-article');
    try {
      const { article, created } = await addArticleFromText(ctx.deps.store, {
        teamId: ctx.teamId,
        text: ctx.args,
        now: ctx.deps.clock(),
      });
      const title = escapeText(displayTitle(article));
      const note = created
        ? `Added *${title}* as \`${article.id}\`.`
        : `I already have *${title}* as \`${article.id}\`.`;
      const card = articleCard(article);
      return { response_type: 'ephemeral', text: note, blocks: [context(note), ...card.blocks] };
    } catch (error) {
      if (error instanceof NotAnArticleError) return ephemeral(error.message);
      // The same article is being stored by a request a moment older (a double
      // paste): it will be there in a second, and this answer must not wait for it.
      if (error instanceof IngestInProgressError) {
        return ephemeral(
          'I am storing that article right now (it was just sent to me). Try `/news latest` in a moment.',
        );
      }
      throw error;
    }
  },
};
