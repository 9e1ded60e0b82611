import type { AttributedQuote } from './attribution';
import type { AttributionEvidence } from './confidence';
import type { MentionAnalysis } from './mentions';
import type { Token } from './tokens';


/**
 * The evidence behind each attribution, for its confidence: how the speaker
 * was found, how far back the article last mentioned them, and how many
 * people and organisations the reader has met by then. Null for a quote
 * credited to nobody.
 */
export function gatherEvidence(
  body: string,
  tokens: readonly Token[],
  analysis: MentionAnalysis,
  attributed: readonly AttributedQuote[],
): (AttributionEvidence | null)[] {
  const placeholderIndex = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (t.quote >= 0) placeholderIndex.set(t.start, i);
  });
  // Where each speaker was last credited with a quote: an interview runs on over paragraphs of quotes.
  const lastQuoted = new Map<number, Token>();
  return attributed.map(({ span, entity, partial, path, via }) => {
    if (!entity || path === 'none') return null;
    const previousQuote = lastQuoted.get(entity.id);
    const at = placeholderIndex.get(span.outerStart) ?? -1;
    const here = tokens[at] ?? tokens[0]!;
    // The speaker's latest mention before the quote, or the first after it in the same sentence ("…," Ode said).
    let latest = -1;
    let after = -1;
    const seen = new Set<number>();
    for (const m of analysis.mentions) {
      if (!m.entity) continue;
      if (m.first < at) {
        if (m.type !== 'pronoun') seen.add(m.entity.id);
        if (m.entity === entity && m.first > latest) latest = m.first;
      } else if (m.entity === entity && tokens[m.first]!.sentence === here.sentence && (after < 0 || m.first < after)) after = m.first;
    }
    let mention = tokens[after >= 0 ? after : latest];
    if (after < 0 && previousQuote && (!mention || previousQuote.start > mention.start)) mention = previousQuote;
    lastQuoted.set(entity.id, here);
    return {
      path,
      via,
      entity,
      partial,
      sentencesBack: mention ? Math.abs(here.sentence - mention.sentence) : 99,
      paragraphsBack: mention ? Math.abs(here.paragraph - mention.paragraph) : 99,
      candidates: seen.size,
      quoteText: body.slice(span.start, span.end),
    };
  });
}
