import { lookupQuotes } from '../../app/quotes/lookup-quotes';
import { parseQuoteQuery } from '../../app/quotes/quote-query';
import { ephemeral, type NewsCommand } from '../command-context';
import { unwrapSlackLinks } from '../command-text';
import { noQuotesText, quoteResults } from '../views/quote-results';
import { ephemeralVerbatim } from '../views/verbatim-reply';

export const quoteCommand: NewsCommand = {
  name: 'quote',
  aliases: ['quotes', 'said', 'who'],
  usage: 'quote <speaker | "phrase">',
  description:
    'What someone said (`quote Kerry`, or by role: `quote the mayor`), or who said a phrase (`quote "climate deal"`).',
  async run(ctx) {
    if (!ctx.args)
      return ephemeral('Whose quotes? `/news quote Kerry`, or a phrase in quotes: `/news quote "climate deal"`');
    const parsed = parseQuoteQuery(unwrapSlackLinks(ctx.args));
    if (!parsed.success) {
      return ephemeral(
        'Give me a name of at least 2 letters (`/news quote Kerry`) or a phrase in quotes (`/news quote "climate deal"`), up to 200 characters.',
      );
    }
    const lookup = await lookupQuotes(ctx.deps.store, { teamId: ctx.teamId, query: parsed.data });
    // The names it suggests are the articles' words.
    if (lookup.hits.length === 0 && !lookup.cursor) return ephemeralVerbatim(noQuotesText(lookup));
    return { response_type: 'ephemeral', ...quoteResults(lookup) };
  },
};
