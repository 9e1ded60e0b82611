import type { Quote } from '../../core/article';
import { confidentSpeaker } from '../../core/quotes/key-quote';
import { articleCard, type CardArticle } from './article-card';
import type { KnownBlock } from '@slack/types';

/** Sentences of the summary an unfurl shows: a preview under someone's message, not the whole summary. */
const UNFURL_SENTENCES = 3;

/**
 * The quote an unfurl may show: whole, attributed, and confident. An unfurl
 * speaks in a channel for everyone, so a doubtful speaker is left out rather
 * than put next to words they may not have said. Confidence is judged in
 * core (the card threshold fitted with the quote scorer), as for cards.
 */
export function confidentQuote(quotes: readonly Quote[] | undefined): Quote | undefined {
  return quotes?.find((quote) => !quote.partial && confidentSpeaker(quote));
}

/**
 * One link's unfurl (`chat.unfurl` takes them keyed by URL): the card as it
 * appears in a channel (headline, source, date, summary, the confident key
 * quote, and Quotes / Full summary, without Share). Escaped by the card.
 */
export function articleUnfurl(article: CardArticle): { blocks: KnownBlock[] } {
  const quote = confidentQuote(article.quotes);
  const summary = article.summary && {
    ...article.summary,
    sentences: article.summary.sentences.slice(0, UNFURL_SENTENCES),
  };
  const card = articleCard({ ...article, summary, quotes: quote ? [quote] : [] }, { buttons: 'shared' });
  return { blocks: card.blocks };
}
