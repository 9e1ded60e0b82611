import * as z from 'zod/mini';
import { ephemeral, type NewsCommand } from '../command-context';
import { articleList, MAX_LATEST } from '../views/article-list';

/** `latest`, `latest 5`, `latest  12 `: a count, or nothing for the default. */
const LatestArgs = z.union([
  z.pipe(
    z.literal(''),
    z.transform(() => 5),
  ),
  z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(MAX_LATEST))),
]);

export const latestCommand: NewsCommand = {
  name: 'latest',
  aliases: ['recent', 'last', 'new'],
  usage: 'latest [n]',
  description: `The newest articles (5 unless you say how many, up to ${MAX_LATEST}).`,
  async run(ctx) {
    const parsed = LatestArgs.safeParse(ctx.args.trim());
    if (!parsed.success) return ephemeral(`How many? A number from 1 to ${MAX_LATEST}: \`/news latest 5\``);
    const page = await ctx.deps.store.latestArticles(ctx.teamId, { limit: parsed.data });
    if (page.items.length === 0) return ephemeral('No articles yet. Add one with `/news add <url>`.');
    return {
      response_type: 'ephemeral',
      ...articleList('Latest articles', page.items, page.cursor ? { l: 'latest', c: page.cursor } : undefined),
    };
  },
};
