import * as z from 'zod/mini';
import { ephemeral, type NewsCommand } from '../command-context';
import { unwrapSlackLinks } from '../command-text';
import { escapeText } from '../escape';
import { ARTICLES_PER_PAGE, articleList } from '../views/article-list';

const SearchWords = z.string().check(z.trim(), z.minLength(2), z.maxLength(200));

export const searchCommand: NewsCommand = {
  name: 'search',
  aliases: ['find', 'lookup'],
  usage: 'search <words>',
  description: 'Articles whose title or text holds all these words.',
  async run(ctx) {
    const parsed = SearchWords.safeParse(unwrapSlackLinks(ctx.args).replace(/["“”]/g, ' ').replace(/\s+/g, ' '));
    if (!parsed.success) return ephemeral('Search for what? `/news search harbour bridge` (2 to 200 characters).');
    const words = parsed.data;
    const page = await ctx.deps.store.searchArticles(ctx.teamId, words, { limit: ARTICLES_PER_PAGE });
    if (page.items.length === 0 && !page.cursor) {
      return ephemeral(`No article matches “${escapeText(words)}”. Try fewer words, or \`/news latest\`.`);
    }
    const more = page.cursor ? { l: 'search' as const, q: words, c: page.cursor } : undefined;
    return { response_type: 'ephemeral', ...articleList(`Articles matching “${words}”`, page.items, more) };
  },
};
