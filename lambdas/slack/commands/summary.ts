import { ephemeral, type NewsCommand } from '../command-context';
import { looksLikeBrokenUrl, singleUrl, unwrapSlackLinks } from '../command-text';
import { escapeText } from '../escape';
import { articleCard } from '../views/article-card';
import { enqueueFetch } from './enqueue-fetch';

/** Article ids are short lower-case base-32/36 words (see the store's keys). */
const ARTICLE_ID = /^[a-z0-9]{6,12}$/i;

export const summaryCommand: NewsCommand = {
  name: 'summary',
  aliases: ['sum', 'summarize', 'summarise', 'tldr'],
  usage: 'summary <url | article id | words>',
  description: 'Headline, source, date, a 3-sentence summary and the key quote.',
  async run(ctx) {
    const { store } = ctx.deps;
    if (!ctx.args) return ephemeral('Which article? `/news summary <url | article id | words>`');
    const url = singleUrl(ctx.args);
    if (url) {
      // A stored article answers in the HTTP response; only a new URL takes the slow path.
      const stored = await store.findArticleByUrl(ctx.teamId, url);
      if (stored) return { response_type: 'ephemeral', ...articleCard(stored) };
      return enqueueFetch(ctx, url, { kind: 'ingest-url', reply: 'summary' });
    }
    if (looksLikeBrokenUrl(ctx.args))
      return ephemeral("That doesn't look like a URL I can read: only http:// and https:// links work.");
    const words = unwrapSlackLinks(ctx.args).trim();
    if (ARTICLE_ID.test(words)) {
      const article = await store.getArticle(ctx.teamId, words.toLowerCase());
      if (article) return { response_type: 'ephemeral', ...articleCard(article) };
    }
    const found = await store.searchArticles(ctx.teamId, words, { limit: 1 });
    const first = found.items[0];
    if (first) return { response_type: 'ephemeral', ...articleCard(first) };
    return ephemeral(
      `I have no article matching “${escapeText(words)}”. Add one with \`/news add <url>\`, or see \`/news latest\`.`,
    );
  },
};
