/**
 * The spans the span model decides on, in PolNeAR articles, each with its evidence, features,
 * label and the model's probability (`npm run train:spans` fits on them).
 */
import { findQuoteSpans } from '../../lambdas/core/quotes/marks';
import { analyzeMentions } from '../../lambdas/core/quotes/mentions';
import { quoteContexts } from '../../lambdas/core/quotes/quote-context';
import { handRulesKeep } from '../../lambdas/core/quotes/scare-quotes';
import { type SpanEvidence, spanFeatures, wordsOf } from '../../lambdas/core/quotes/span-features';
import { quotationProbability, type SpanModel } from '../../lambdas/core/quotes/span-model';
import { tokenize } from '../../lambdas/core/quotes/tokens';
import { type PolnearArticle, spansMatch } from '../eval/quotes-polnear';

/** One partial or single-marked span of a train article: its evidence, label (null: don't care) and the model's probability. */
export interface LabelledSpan {
  article: string;
  /** Offset of the quoted words in the article body. */
  start: number;
  evidence: SpanEvidence;
  x: number[];
  label: boolean | null;
  p: number;
  /** The hand rules keep it (scare-quotes.ts); the model decides only the others. */
  rulesKeep: boolean;
}

/** Every partial or single-marked span with a word, with its label from the gold lines it matches. */
export function decideAll(articles: readonly PolnearArticle[], model: SpanModel): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  for (const a of articles) {
    const spans = findQuoteSpans(a.article);
    if (spans.length === 0) continue;
    const tokens = tokenize(a.article, spans);
    const analysis = analyzeMentions(tokens);
    quoteContexts(a.article.body, spans, tokens, analysis, model, (q, evidence) => {
      if ((!evidence.partial && !evidence.single) || wordsOf(evidence.text).length === 0) return;
      const span = spans[q]!;
      const predicted = { start: span.start, end: span.end, text: evidence.text, speaker: null };
      const matches = a.golds.filter((g) => spansMatch(predicted, g));
      // A region the annotators left unattributed (a title, a term, a scare quote) is what the model
      // must drop. A one-word piece they attributed is a quotation, though not a gold line (PolNeAR's
      // gold needs two words): the model learns one-word quotes from it ("called the talks 'candid'").
      // Discarded text and quotes inside a longer quoted passage say nothing either way.
      const why = (g: (typeof matches)[number]) => (g as { why?: string }).why;
      const label = matches.some((g) => !g.optional || why(g) === 'short')
        ? true
        : matches.every((g) => why(g) === 'no-attribution')
          ? false
          : null;
      out.push({
        article: a.id,
        start: span.start,
        evidence,
        x: spanFeatures(evidence),
        label,
        p: quotationProbability(evidence, model),
        rulesKeep: handRulesKeep(evidence),
      });
    });
  }
  return out;
}
