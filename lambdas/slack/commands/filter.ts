import { filterFeed, filterWords, type FilterChange } from '../../app/feeds/filter-feed';
import { ALREADY_DONE, ephemeral, firstDelivery, type NewsCommand } from '../command-context';
import { escapeText } from '../escape';
import { filterLine } from '../views/feed-filter';
import { ephemeralVerbatim } from '../views/verbatim-reply';

const USAGE =
  '`/news filter <feed number> include <words>`, `/news filter <feed number> exclude <words>` or `/news filter <feed number> clear` (numbers from `/news feeds`)';

/** The change asked for, or why the text does not say one. */
function parseFilter(args: string): { feedNumber: number; change: FilterChange } | { error: string } {
  const match = /^(\S+)(?:\s+(\S+))?(?:\s+([\s\S]*))?$/u.exec(args.trim());
  if (!match) return { error: `Which feed, and how? ${USAGE}.` };
  const [, number = '', rawMode, rest = ''] = match;
  if (!/^\d{1,4}$/.test(number) || Number(number) < 1)
    return { error: `“${escapeText(number)}” is not a feed number. ${USAGE}.` };
  const mode = rawMode?.toLowerCase();
  if (mode === undefined) return { error: `Include, exclude or clear? ${USAGE}.` };
  if (mode === 'clear') {
    if (rest.trim())
      return {
        error: '`clear` takes no words: `/news filter <feed number> clear` removes the whole filter of that feed.',
      };
    return { feedNumber: Number(number), change: { mode: 'clear' } };
  }
  if (mode !== 'include' && mode !== 'exclude')
    return { error: `“${escapeText(rawMode ?? '')}” is not a filter mode: use include, exclude or clear. ${USAGE}.` };
  const words = filterWords(rest);
  if (words.length === 0)
    return { error: `Which words? For example \`/news filter ${number} ${mode} election, vote\`.` };
  return { feedNumber: Number(number), change: { mode, words } };
}

export const filterCommand: NewsCommand = {
  name: 'filter',
  usage: 'filter <feed number> include|exclude <words> | clear',
  description:
    "Keep only a feed's items whose title or summary holds one of the words (include), drop those that hold any (exclude), or remove the filter (clear); for this channel's digests, at most 10 words.",
  async run(ctx) {
    const parsed = parseFilter(ctx.args);
    if ('error' in parsed) return ephemeral(parsed.error);
    if (!(await firstDelivery(ctx))) return ephemeral(ALREADY_DONE);
    const result = await filterFeed(ctx.deps.store, { teamId: ctx.teamId, channelId: ctx.channelId, ...parsed });
    if (!result.ok) return ephemeral(`${escapeText(result.reason)} ${USAGE}.`);
    const name = result.title ? `*${escapeText(result.title)}*` : escapeText(result.feedUrl);
    const done = result.filter
      ? `This channel's digests now show from ${name}: ${filterLine(result.filter)}.`
      : `No filter on ${name} now: this channel's digests show all its items.`;
    return ephemeralVerbatim(done);
  },
};
