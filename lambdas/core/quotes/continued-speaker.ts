import type { ArticleView, History } from './candidates';
import type { Entity } from './entities';
import type { Mention } from './mention';

/**
 * "“…,” said Bradshaw. … “…,” he added": a "he" or "she" that stands for the one credited with the quote just
 * before, in this paragraph or the last, with no one else made to speak in between, is that speaker going on, as
 * sure as the quote before was. The pronoun ranker weighs everyone named in between as well ("leaving Harry Potter
 * and Shaun of the Dead to slug it out"), which left such quotes to nobody though the speaker had not changed.
 * "Cruz spokesman Rick Tyler said that … Cruz has “…,” he said" made another the subject of a cue: not so.
 */
export function continuesConfidentSpeaker(
  view: ArticleView,
  cueSubject: Mention | null | undefined,
  entity: Entity | null,
  previous: History | undefined,
  previousConfident: boolean,
  quote: { token: number; paragraph: number },
): boolean {
  return (
    previousConfident &&
    entity !== null &&
    cueSubject?.type === 'pronoun' &&
    cueSubject.entity === entity &&
    previous?.entity === entity &&
    previous.paragraph >= quote.paragraph - 1 &&
    !view.cueSubjects.some((m) => m.first > previous.token && m.first < quote.token && m.entity !== entity)
  );
}
