import { analyze } from '../../lambdas/core/pipeline';
import type { NewsStore } from '../../lambdas/store/index';

/** Short news texts of our own: a title line, then paragraphs. Three outlets on one event, and two unrelated stories. */
export const STORIES = {
  ferryA: `Ferry workers strike halts crossings to the islands

All ferry crossings between the mainland and the Orkney islands were cancelled on Monday as crews walked out over pay. "We have no choice but to stop the boats until the company listens," said union leader Morag Flett, who represents the crews.

The operator said talks would resume on Thursday. Passengers were told to check the website before travelling.`,
  ferryB: `Orkney ferries cancelled as crews walk out over pay

Ferry crews went on strike on Monday in a dispute over pay, cancelling every crossing to the Orkney islands. The operator apologised to passengers and said it hoped to resume talks with the union this week.

Island businesses said the strike would hit deliveries of fresh food.`,
  ferryC: `Islanders stranded as Orkney ferry crews strike over pay

Travellers were stranded on Monday after ferry crews on the Orkney routes walked out over pay, halting all crossings. "People have hospital appointments on the mainland," said councillor James Stout.

The union said the strike would continue until a new offer was made.`,
  library: `City library extends its opening hours

The city library will stay open until ten in the evening on weekdays from April, the council announced on Tuesday. "Students asked for this for years," said head librarian Ines Varga.

The change is paid for by savings on heating after the roof was insulated.`,
  comet: `Comet brightens enough to be seen with binoculars

A comet discovered in January has brightened enough to be seen with binoculars after dusk, astronomers at the city observatory said. "Look low in the west about an hour after sunset," said Dr Ada Okafor.

It will be closest to the Sun in late April.`,
} as const;

export type StoryName = keyof typeof STORIES;

/** Store one of the stories as an article of `feedUrl`, read at `ingestedAt`. */
export async function storeStory(
  store: NewsStore,
  teamId: string,
  name: StoryName,
  options: { feedUrl: string; ingestedAt: Date; url?: string; site?: string; title?: string },
) {
  const url = options.url ?? `https://${name}.example/news/${name}`;
  const record = analyze({ text: STORIES[name], url });
  record.url = url;
  if (options.site) record.site = options.site;
  if (options.title) record.title = options.title;
  record.publishedAt = options.ingestedAt.toISOString();
  return store.saveArticle(teamId, record, {
    source: 'feed',
    ingestedAt: options.ingestedAt,
    feedUrl: options.feedUrl,
  });
}
