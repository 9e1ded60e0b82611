import type { Entity } from './entities';
import type { QuoteSpan } from './marks';
import type { Cue, Mention, MentionAnalysis } from './mentions';
import { isScareQuote } from './scare-quotes';
import type { Token } from './tokens';
import { CUE_GAP_WORDS } from './lexicon/cue-verbs';

/**
 * Who said each quotation. In order of trust: a cue in the quote's own
 * sentence ("…," he said / Mr Hasson said: "…" / said "…" inside the
 * sentence); then the last speaker before it (the speaker of the previous
 * quote, or someone the reporter just had say something: "Mr Dunn warned
 * that…"), which also covers a paragraph that is nothing but a quote.
 */
export type AttributionPath = 'cue' | 'introduced' | 'previous-speaker' | 'none';

export interface AttributedQuote {
  span: QuoteSpan;
  entity: Entity | null;
  partial: boolean;
  path: AttributionPath;
  /** The kind of mention that names the speaker in the quote's own sentence (cue subject or introducer). */
  via: Mention['type'] | null;
}

/** Small words that join the parts of a source's description ("a statement on her website"). */
const LINKING_WORDS = new Set(['on', 'of', 'from', 'at', 'for', 'in', 'the', 'a', 'an', 'and']);

function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.word;
}

/** The person who is the subject of one of the two sentences before the quote, the latest one. */
function personInFocus(mentions: readonly Mention[], quoteToken: number, sentence: number): Entity | undefined {
  let found: Mention | undefined;
  for (const m of mentions) {
    if (m.first >= quoteToken || !m.subject || m.entity?.kind !== 'person' || m.sentence < sentence - 2 || m.sentence >= sentence) continue;
    if (!found || m.first > found.first) found = m;
  }
  return found?.entity ?? undefined;
}

export function attributeQuotes(
  body: string,
  spans: readonly QuoteSpan[],
  tokens: readonly Token[],
  analysis: MentionAnalysis,
): AttributedQuote[] {
  const cueAt = new Map<number, Cue>(analysis.cues.map((c) => [c.token, c]));
  const placeholders: number[] = [];
  tokens.forEach((t, i) => {
    if (t.quote >= 0) placeholders[t.quote] = i;
  });
  const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const timesQuoted = new Map<string, number>();
  for (const s of spans) timesQuoted.set(norm(body.slice(s.start, s.end)), (timesQuoted.get(norm(body.slice(s.start, s.end))) ?? 0) + 1);
  const cueSubjects = analysis.mentions.filter((m) => m.cueSubject && m.entity).sort((a, b) => a.first - b.first);
  const inMention = new Uint8Array(tokens.length);
  for (const m of analysis.mentions) inMention.fill(1, m.first, m.extentEnd + 1);
  const mentionByEnd = new Map<number, Mention>();
  for (const m of analysis.mentions) if (m.entity) mentionByEnd.set(m.last, m);

  const out: AttributedQuote[] = [];
  let lastQuote: { entity: Entity; token: number } | null = null;
  let lastScareEnd = -1;
  const dropped = new Set<number>();
  let lastKept: AttributedQuote | undefined;
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const p = placeholders[q];
    if (p === undefined) continue;
    const sentence = tokens[p]!.sentence;
    // Back to the previous quote of the sentence (one dropped as a term counts as reporter's text).
    let from = p;
    while (from - 1 >= 0 && tokens[from - 1]!.sentence === sentence && (tokens[from - 1]!.quote < 0 || dropped.has(tokens[from - 1]!.quote))) from--;
    let to = p;
    while (to + 1 < tokens.length && tokens[to + 1]!.sentence === sentence && tokens[to + 1]!.quote < 0) to++;
    let sentenceFrom = p;
    while (sentenceFrom - 1 >= 0 && tokens[sentenceFrom - 1]!.sentence === sentence) sentenceFrom--;
    let sentenceTo = p;
    while (sentenceTo + 1 < tokens.length && tokens[sentenceTo + 1]!.sentence === sentence) sentenceTo++;

    // The cue of this quote: after it first ("…," he said), else before it.
    // A quote that ends on its own punctuation ("…UK,") is attributed right after it; a cue further
    // on, past other reporter's words, belongs to a new clause ("…UK," Digital prints cost less, said X).
    const endsOwnClause = /[,.!?…]$/.test(body.slice(span.start, span.end).trimEnd());
    let cue: Cue | undefined;
    for (let i = p + 1; i <= to && !cue; i++) {
      const c = cueAt.get(i);
      if (!c?.subject) continue;
      const attributionStart = Math.min(c.subject.first, c.token);
      let detached = false;
      for (let k = p + 1; k < attributionStart && endsOwnClause; k++) {
        if (tokens[k]!.word && inMention[k] !== 1 && !LINKING_WORDS.has(tokens[k]!.lower) && !CUE_GAP_WORDS.has(tokens[k]!.lower)) detached = true;
      }
      if (!detached) cue = c;
      else break;
    }
    if (!cue) {
      for (let i = p - 1; i >= from && !cue; i--) {
        const c = cueAt.get(i);
        if (c?.subject) cue = c;
      }
    }
    const attributionTokens = new Set<number>();
    if (cue?.subject) {
      const m: Mention = cue.subject;
      let lo = Math.min(m.first, cue.token);
      // "Microsoft's Mike Coleman told": the employer's possessive belongs to the attribution.
      while (lo - 1 >= from && tokens[lo - 1]!.cap && /['’]s$/.test(tokens[lo - 1]!.text)) lo--;
      const hi = Math.max(m.extentEnd, cue.token);
      for (let i = lo; i <= hi; i++) attributionTokens.add(i);
      for (let i = lo - 1; i >= from && CUE_GAP_WORDS.has(tokens[i]!.lower); i--) attributionTokens.add(i);
      if (cue.token + 1 <= to && ['to', 'reporters', 'as', 'saying'].includes(tokens[cue.token + 1]!.lower)) attributionTokens.add(cue.token + 1);
    }

    // Partial: the reporter's own words run on around the quote.
    const beforeEndsWithColon = tokens[p - 1]?.text === ':' && p - 1 >= from;
    let partial = false;
    if (!beforeEndsWithColon) {
      for (let i = from; i < p; i++) {
        if (isWord(tokens[i]) && !attributionTokens.has(i) && !['but', 'and', 'so'].includes(tokens[i]!.lower)) partial = true;
      }
    }
    // After the quote, the words before its cue may only name the source (", a statement on her website said").
    const attributionStart = cue && cue.token > p ? Math.min(...attributionTokens) : Infinity;
    for (let i = p + 1; i <= to && i < attributionStart; i++) {
      const namesSource = cue !== undefined && cue.token > p && (inMention[i] === 1 || LINKING_WORDS.has(tokens[i]!.lower));
      if (isWord(tokens[i]) && !attributionTokens.has(i) && !namesSource) partial = true;
    }

    const text = body.slice(span.start, span.end);
    // "such as "affect" and "effect"": a short phrase listed right after a term is a term too.
    if (lastScareEnd >= 0 && text.split(/\s+/).length <= 3 && /^\s*(,|and|or|, and|, or)\s*$/.test(body.slice(lastScareEnd, span.outerStart))) {
      lastScareEnd = span.outerEnd;
      dropped.add(q);
      continue;
    }
    let sentenceHasCue = false;
    for (let k = sentenceFrom; k <= sentenceTo && !sentenceHasCue; k++) sentenceHasCue = cueAt.has(k);
    if (partial || span.single) {
      const wordsBefore: string[] = [];
      for (let i = p - 1; i >= from && wordsBefore.length < 3; i--) if (tokens[i]!.word) wordsBefore.unshift(tokens[i]!.lower);
      const scare = isScareQuote({
        text,
        wordsBefore,
        charBefore: body.slice(Math.max(0, span.outerStart - 20), span.outerStart),
        textAfter: body.slice(span.outerEnd, span.outerEnd + 3),
        sentenceHasCue,
        timesQuoted: timesQuoted.get(norm(text)) ?? 0,
      });
      if (scare) {
        lastScareEnd = span.outerEnd;
        dropped.add(q);
        continue;
      }
      // Single marks are apostrophes too often: keep them only with a speech cue, or as the
      // next full sentence of a single-mark quotation just attributed (British style).
      const words = text.split(/\s+/).length;
      const continues = lastKept !== undefined && lastKept.span.single && !lastKept.partial && !partial && words >= 3 && span.paragraph - lastKept.span.paragraph <= 1;
      if (span.single && !continues && (!cue || (partial && words < 3))) continue;
    }

    let entity: Entity | null = cue?.subject?.entity ?? null;
    let via: Mention['type'] | null = entity ? cue!.subject!.type : null;
    let introduced = false;
    // "Blair: "We will win."" or "- Bolton boss Sam Allardyce "I am…"": a name that introduces the quote.
    if (!entity) {
      let end = p - 1;
      if (tokens[end]?.text === ':') end--;
      let start = from;
      while (start <= end && !tokens[start]!.word) start++;
      const speaker = mentionByEnd.get(end);
      if (speaker && speaker.first === start && speaker.type !== 'pronoun' && start <= end) {
        entity = speaker.entity;
        via = speaker.type;
        introduced = entity !== null;
        partial = false;
      }
    }
    let path: AttributionPath = introduced ? 'introduced' : entity ? 'cue' : 'none';
    // A phrase in quote marks inside a sentence that credits nobody ("the cries of …") stays unattributed.
    if (!entity && partial && !sentenceHasCue) {
      out.push({ span, entity: null, partial, path, via: null });
      lastKept = out[out.length - 1];
      continue;
    }
    if (!entity) {
      const lastCue = [...cueSubjects].reverse().find((m) => m.first < p);
      const lastCueAt = lastCue ? lastCue.first : -1;
      const quoteAt: number = lastQuote ? lastQuote.token : -1;
      entity = quoteAt > lastCueAt ? lastQuote!.entity : lastCue?.entity ?? null;
      // Nobody has spoken yet: a whole-sentence quote right after a sentence about someone is theirs
      // ("Mauresmo spent five weeks at number one before injury. "Since then, I feel confident…"").
      // Once someone has, an uncued quote stays theirs: interviews run on over many paragraphs.
      if (!entity && !partial) entity = personInFocus(analysis.mentions, p, sentence) ?? null;
      if (entity) path = 'previous-speaker';
    }
    if (entity) lastQuote = { entity, token: p };
    out.push({ span, entity, partial, path, via });
    lastKept = out[out.length - 1];
  }
  return out;
}
