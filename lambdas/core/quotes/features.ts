import {
  type ArticleView,
  type CandidateFacts,
  colonLead,
  type History,
  latestCueSubject,
  personInFocus,
} from './candidates';
import type { Entity } from './entities';
import { leadSentenceSubjects } from './lead-sentence';
import { spokenOf } from './spoken-of';
import { speaksAsI } from './lexicon/pronouns';
import type { Mention } from './mentions';
import type { QuoteContext } from './quote-context';

/**
 * General evidence that a candidate said a quotation, one number per
 * feature, never a name or a phrase: how the cue of the quote's sentence
 * names the candidate, whether the candidate spoke the quote before or was
 * the last person the reporter had speak, how far back the article last
 * mentioned them, what kind of speaker they are. The scorer (scorer.ts)
 * weighs these with weights fitted by `npm run train:quotes`.
 */
export const FEATURE_NAMES = [
  'bias',
  'subject of the cue after the quote',
  'subject of the cue before the quote',
  'cue subject is a pronoun',
  'cue subject is a role standing for a named speaker',
  'cue subject is a role the article gave them',
  'cue subject is a name',
  'the cue names someone else',
  'introduces the quote',
  'cue subject of a colon-ended sentence leading the paragraph',
  'speaker of the previous quote',
  'previous quote in this or the last paragraph',
  'speaker of the previous quote, no cue here',
  'latest cue subject before the quote',
  'latest cue subject, after the previous quote',
  'latest cue subject, no cue here',
  'subject of one of the two sentences before',
  'subject in the paragraph before, which quotes no one',
  'mentioned in the quote sentence',
  'subject of a clause in the quote sentence',
  'mentioned earlier in the paragraph',
  'mentioned only after the quote',
  'log1p(sentences since mention)',
  'log1p(paragraphs since mention)',
  'log1p(mentions before)',
  'kind:person or unnamed source',
  'kind:organisation',
  'unnamed source or group',
  'weak organisation guess',
  'place',
  'confirmed person',
  'one-word name',
  'named inside the quote',
  'speaks as I, not a person',
  'partial quote',
  'partial quote, no cue in the sentence',
  'whole quote, no cue in the sentence',
  'subject of the sentence right before, no cue here',
] as const;

const NO_ONE: ReadonlySet<Entity> = new Set();

/** Facts about one quote that every candidate's features share, computed once per quote. */
export interface QuoteFacts {
  ctx: QuoteContext;
  previous: History | undefined;
  lastCue: ReturnType<typeof latestCueSubject>;
  focus: ReturnType<typeof personInFocus>;
  colon: ReturnType<typeof colonLead>;
  speaksAsI: boolean;
  /** The quote opens its paragraph, and the paragraph before quotes no one ("Ravi Sandhu, 24, thinks housing is the answer."). */
  afterUnquotedParagraph: boolean;
  /** The quote's words, lower-case, and its lower-case text. */
  quoteWords: ReadonlySet<string>;
  quoteLower: string;
  /** With no cue here, the people the sentence right before is about (lead-sentence.ts). */
  leadSubjects: ReadonlySet<Entity>;
  /** The ones a "he" or "she" in the quote stands for (spoken-of.ts), looked for only when there are lead subjects. */
  spokenOf: ReadonlySet<Entity>;
}

export function quoteFacts(
  view: ArticleView,
  ctx: QuoteContext,
  previous: History | undefined,
  quotedParagraphs: ReadonlySet<number>,
): QuoteFacts {
  const text = view.body.slice(ctx.span.start, ctx.span.end);
  const quoteWords = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const leadSubjects = leadSentenceSubjects(view, ctx);
  return {
    ctx,
    previous,
    afterUnquotedParagraph: ctx.paragraphInitial && ctx.paragraph > 0 && !quotedParagraphs.has(ctx.paragraph - 1),
    lastCue: latestCueSubject(view, ctx.token),
    focus: personInFocus(view, ctx),
    colon: colonLead(view, ctx),
    speaksAsI: !ctx.partial && speaksAsI(text),
    quoteWords,
    quoteLower: text.toLowerCase(),
    leadSubjects,
    spokenOf: leadSubjects.size > 0 ? spokenOf(view, ctx, quoteWords) : NO_ONE,
  };
}

/** The quote talks about the candidate by name ("Bob was a driven man"): people rarely name themselves. */
function namedInside(q: QuoteFacts, e: Entity): boolean {
  if (e.kind === 'person') {
    return e.nameWords.some((w) => w.length > 2 && q.quoteWords.has(w));
  }
  const name = e.name.toLowerCase();
  return name.length >= 3 && e.kind === 'organisation' && q.quoteLower.includes(name);
}

/**
 * "the minister said" where the article introduced the candidate as a minister ("Finance Minister
 * Tomas Varga"), not merely the person in focus the role phrase fell back to.
 */
function roleGiven(m: Mention, e: Entity): boolean {
  const head = (m as Mention & { phrase?: { head: string } }).phrase?.head;
  return (
    head !== undefined &&
    e.roles.some((r) =>
      r
        .toLowerCase()
        .split(/[\s,]+/)
        .includes(head),
    )
  );
}

const log1pCapped = (n: number) => Math.log1p(Math.min(n, 30));

export function pairFeatures(view: ArticleView, q: QuoteFacts, c: CandidateFacts): number[] {
  const { ctx, previous, lastCue } = q;
  const e = c.entity;
  const here = view.tokens[ctx.token]!;
  // A cue whose subject resolved to nobody ("he" with no one before it) names no candidate.
  const cueSubject = ctx.cue?.subject?.entity ? ctx.cue.subject : undefined;
  const isCueSubject = cueSubject?.entity === e;
  const isPrevious = previous?.entity === e;
  const isLastCue = lastCue?.entity === e;
  const latest = c.latest ? view.tokens[c.latest.first]! : undefined;
  const noCue = cueSubject === undefined;
  return [
    1,
    +(isCueSubject && ctx.cueAfter),
    +(isCueSubject && !ctx.cueAfter),
    +(isCueSubject && cueSubject!.type === 'pronoun'),
    +(isCueSubject && cueSubject!.type === 'role' && e.kind !== 'unnamed'),
    +(isCueSubject && cueSubject!.type === 'role' && e.kind !== 'unnamed' && roleGiven(cueSubject!, e)),
    +(isCueSubject && cueSubject!.type === 'name'),
    +(cueSubject !== undefined && !isCueSubject),
    +(ctx.introducer?.entity === e),
    +(q.colon === e),
    +isPrevious,
    +(isPrevious && previous!.paragraph >= ctx.paragraph - 1),
    +(isPrevious && noCue),
    +isLastCue,
    +(isLastCue && (previous === undefined || lastCue!.first > previous.token)),
    +(isLastCue && noCue),
    +(q.focus === e),
    +(q.afterUnquotedParagraph && c.subjectInParagraphBefore),
    +c.inSentence,
    +c.subjectInSentence,
    +c.earlierInParagraph,
    +(c.inSentence && c.mentionsBefore === 0),
    latest ? log1pCapped(here.sentence - latest.sentence) : log1pCapped(30),
    latest ? log1pCapped(here.paragraph - latest.paragraph) : log1pCapped(30),
    log1pCapped(c.mentionsBefore),
    +(e.kind !== 'organisation'),
    +(e.kind === 'organisation'),
    +(e.kind === 'unnamed' || e.plural),
    +e.weak,
    +e.place,
    +e.confirmed,
    +(e.kind === 'person' && e.name.trim().split(/\s+/).length === 1),
    +namedInside(q, e),
    +(q.speaksAsI && e.kind !== 'person'),
    +ctx.partial,
    +(ctx.partial && !ctx.sentenceHasCue),
    +(!ctx.partial && !ctx.sentenceHasCue),
    +(q.leadSubjects.has(e) && !namedInside(q, e) && !q.spokenOf.has(e)),
  ];
}
