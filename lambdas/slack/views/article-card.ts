import type { Quote, Summary } from '../../core/article';
import { keyQuote } from '../../core/quotes/key-quote';
import { escapeText, link } from '../escape';
import { displayTitle } from '../../core/display-title';
import { articleButtons } from './article-buttons';
import { context, formatDate, section } from './limits';
import type { KnownBlock } from '@slack/types';
import { sourceLabel } from './source-label';

/** What the card shows: a stored article or a listing of one (no body needed). */
export interface CardArticle {
  id: string;
  title?: string;
  url?: string;
  site?: string;
  publishedAt?: string;
  ingestedAt?: string;
  summary?: Summary;
  quotes?: Quote[];
}

export interface CardOptions {
  /**
   * `private`: the card answers one user (ephemeral), with a Share button.
   * `shared`: the card is in a channel, without Share. `none`: no buttons.
   */
  buttons?: 'private' | 'shared' | 'none';
  /** Slack user id of whoever shared the card; shown as a mention under it. */
  sharedBy?: string;
}

/** The quote a card shows: chosen in core, where the finder's confidence is known. */
export { keyQuote };

/**
 * A quote as a reader expects it on its own: the comma that ended it inside
 * the reporter's sentence ("…breathes," Varga said) becomes a full stop.
 * The stored text stays exactly as in the body.
 */
export function quoteForDisplay(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/,$/, '.');
}

export function quoteLine(quote: { text: string; speaker: string | null; speakerRole?: string }): string {
  return `> “${escapeText(quoteForDisplay(quote.text))}”\n> — ${escapeText(whoSaid(quote))}`;
}

/**
 * "Name, role". The role loses the full stop that ended its sentence in the
 * article, and is left out when it only repeats the speaker: an unnamed
 * source's name is its description ("one trader", not "one trader, one trader").
 */
export function whoSaid(quote: { speaker: string | null; speakerRole?: string }): string {
  if (quote.speaker === null) return 'unattributed';
  const role = quote.speakerRole?.trim().replace(/[\s.,;:]+$/, '');
  if (!role || quote.speaker.toLowerCase().includes(role.toLowerCase())) return quote.speaker;
  return `${quote.speaker}, ${role}`;
}

/**
 * The article card: title linked to the source, site and date, the summary
 * as bullets, the key quote with its speaker, and the card's buttons. Every
 * article text is escaped; every section is clipped to Slack's limit.
 */
export function articleCard(article: CardArticle, options: CardOptions = {}): { text: string; blocks: KnownBlock[] } {
  // The headline first: the card's summary is written around it.
  const title = displayTitle(article.summary?.headline ? { ...article, title: article.summary.headline } : article);
  const meta = [sourceLabel(article), formatDate(article.publishedAt)].filter(Boolean);
  const bullets = (article.summary?.sentences ?? []).map((s) => `• ${escapeText(s.text)}`).join('\n');
  const quote = keyQuote(article.quotes);
  const blocks: KnownBlock[] = [
    section(`*${link(article.url, title)}*`),
    context([...meta, `id \`${escapeText(article.id)}\``].join(' · ')),
  ];
  if (bullets) blocks.push(section(bullets));
  if (quote) blocks.push(section(quoteLine(quote)));
  // The user id comes from Slack's signed payload; only ids of Slack's own shape become a mention.
  if (options.sharedBy && /^[UW][A-Z0-9]{2,20}$/.test(options.sharedBy))
    blocks.push(context(`Shared by <@${options.sharedBy}>`));
  const buttons = options.buttons ?? 'private';
  if (buttons !== 'none') {
    const row = articleButtons(article.id, { share: buttons === 'private' });
    if (row) blocks.push(row);
  }
  return { text: escapeText(title), blocks };
}
