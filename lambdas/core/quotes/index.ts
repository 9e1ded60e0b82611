import type { CleanArticle, Quote, Speaker } from '../article';
import { type AttributedQuote, attributeQuotes } from './attribution';
import { articleView } from './candidates';
import type { Entity } from './entities';
import { speaksAsI } from './lexicon/pronouns';
import { citesAuthorlessDocument } from './authorless-documents';
import { creditedToNobodyWhere } from './credited-to-nobody';
import { isInterviewQuestion } from './interview-questions';
import { hasUnreadSubject } from './unread-subject';
import { isPassiveDescription } from './passive-description';
import { isPassiveJudgement } from './passive-judgement';
import { isToldInPassive } from './told-in-passive';
import { findQuoteSpans } from './marks';
import { analyzeMentions, type MentionAnalysis } from './mentions';
import { type QuoteContext, quoteContexts } from './quote-context';
import { MODEL, type ScorerModel } from './scorer';
import { speakerKey } from './speaker-key';
import { type Token, tokenize } from './tokens';

export interface QuoteResult {
  quotes: Quote[];
  speakers: Speaker[];
}

/**
 * Direct quotations and their speakers.
 * Pure and deterministic: quote marks → spans; the reporter's text around
 * them → mentions of people, organisations and unnamed sources → candidate
 * speakers of each quote, scored on general evidence → the most probable
 * one, or nobody when the scorer is unsure. Each speaker is listed once,
 * under its canonical name, with the aliases and roles the article uses and
 * the cross-article lookup key.
 */
export function findQuotes(article: CleanArticle, model: ScorerModel = MODEL): QuoteResult {
  const attributed = attributeArticle(article, model);
  const speakers = new Map<Entity, Speaker>();
  const quotes: Quote[] = attributed.map(({ span, entity: guess, partial, confidence }) => {
    // Below the threshold the quote is kept, credited to nobody: a guess is worse than no name.
    const entity = confidence >= model.threshold ? guess : null;
    const quote: Quote = {
      text: article.body.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: entity?.name ?? null,
      partial,
      paragraph: span.paragraph,
    };
    if (guess) quote.confidence = Math.round(confidence * 1000) / 1000;
    if (entity) {
      if (entity.roles[0]) quote.speakerRole = entity.roles[0];
      if (!speakers.has(entity)) speakers.set(entity, toSpeaker(entity));
    }
    return quote;
  });
  return { quotes, speakers: [...speakers.values()] };
}

/** Each quote with the scorer's best candidate, its probability and every candidate scored, before any threshold. */
export function attributeArticle(article: CleanArticle, model: ScorerModel = MODEL): AttributedQuote[] {
  return readQuotes(article, model).attributed;
}

/**
 * The attributed quotes with the reporter's tokens, mentions and quote contexts they were read from
 * (the training and error-study scripts read them; `contexts[i]` is the context of `attributed[i]`).
 */
export function readQuotes(
  article: CleanArticle,
  model: ScorerModel = MODEL,
): { attributed: AttributedQuote[]; tokens: Token[]; analysis: MentionAnalysis; contexts: QuoteContext[] } {
  const spans = findQuoteSpans(article);
  if (spans.length === 0)
    return { attributed: [], tokens: [], analysis: { mentions: [], cues: [], entities: [] }, contexts: [] };
  const tokens = tokenize(article, spans);
  const analysis = analyzeMentions(tokens);
  const contexts = quoteContexts(article.body, spans, tokens, analysis);
  const attributed = creditedToNobodyWhere(
    attributeQuotes(articleView(article.body, tokens, analysis), contexts, model),
    (q) => isInterviewQuestion(article.body, q),
    (_q, i) => citesAuthorlessDocument(contexts[i], tokens),
    (_q, i) => hasUnreadSubject(contexts[i], tokens, analysis.mentions),
    (_q, i) => isPassiveDescription(contexts[i], tokens, analysis.mentions),
    (_q, i) => isPassiveJudgement(contexts[i], tokens, analysis.mentions),
    (_q, i) => isToldInPassive(contexts[i], tokens),
  );

  // "I've surprised myself," said Sotherton: a lone name taken for a firm (nothing marked it as a
  // person) speaks as "I", so it is a person; its lookup key is then a person's, as in other articles.
  for (const { span, entity, partial } of attributed) {
    if (
      entity?.kind === 'organisation' &&
      entity.weak &&
      !partial &&
      speaksAsI(article.body.slice(span.start, span.end))
    ) {
      entity.kind = 'person';
    }
  }
  return { attributed, tokens, analysis, contexts };
}

function toSpeaker(entity: Entity): Speaker {
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const speaker: Speaker = { name: entity.name, key: speakerKey(entity.name, entity.kind), aliases, kind: entity.kind };
  if (entity.roles[0]) speaker.role = entity.roles[0];
  return speaker;
}
