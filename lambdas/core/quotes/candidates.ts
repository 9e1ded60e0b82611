import type { Entity } from './entities';
import type { Mention, MentionAnalysis } from './mentions';
import type { QuoteContext } from './quote-context';
import { inflectedForms } from './lexicon/verb-forms';
import type { Token } from './tokens';

/**
 * Who could have said a quotation: every person, organisation or unnamed
 * source the article mentions in the paragraphs leading up to it (or in its
 * own sentence), the speaker of the quote before it and the last person the
 * reporter had say something. What each is known by: mentions with their
 * coreference already resolved by mentions.ts (surname, title and surname,
 * "the minister", "he").
 */

/** How many paragraphs back a mention still makes its entity a candidate. */
export const CANDIDATE_PARAGRAPHS = 4;

/** The article as the scorer reads it: tokens, mentions in reading order, cue subjects in reading order. */
export interface ArticleView {
  body: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  cueSubjects: readonly Mention[];
}

export function articleView(body: string, tokens: readonly Token[], analysis: MentionAnalysis): ArticleView {
  const mentions = analysis.mentions.filter((m) => m.entity !== null).sort((a, b) => a.first - b.first);
  return { body, tokens, mentions, cueSubjects: mentions.filter((m) => m.cueSubject) };
}

/** What the reporter's text says about one candidate up to the quote's sentence. */
export interface CandidateFacts {
  entity: Entity;
  /** Latest mention before the quote, if any. */
  latest?: Mention;
  /** Mentions before the quote. */
  mentionsBefore: number;
  inSentence: boolean;
  subjectInSentence: boolean;
  earlierInParagraph: boolean;
  /** Subject of a clause in the paragraph right before the quote's. */
  subjectInParagraphBefore: boolean;
}

/** The quote before this one and whom the scorer credited it to. */
export interface History {
  entity: Entity | null;
  token: number;
  paragraph: number;
}

/** Candidates for one quote, each with the facts the features are computed from. */
export function candidatesFor(view: ArticleView, ctx: QuoteContext, previous: History | undefined): CandidateFacts[] {
  const { tokens, mentions } = view;
  const facts = new Map<Entity, CandidateFacts>();
  const factsOf = (entity: Entity) => {
    let f = facts.get(entity);
    if (!f) {
      f = {
        entity,
        mentionsBefore: 0,
        inSentence: false,
        subjectInSentence: false,
        earlierInParagraph: false,
        subjectInParagraphBefore: false,
      };
      facts.set(entity, f);
    }
    return f;
  };
  const counts = new Map<Entity, number>();
  for (const m of mentions) {
    const t = tokens[m.first]!;
    if (t.sentence > ctx.sentence) break;
    const entity = m.entity!;
    if (m.first < ctx.token) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    if (t.paragraph < ctx.paragraph - CANDIDATE_PARAGRAPHS) continue;
    const f = factsOf(entity);
    if (m.first < ctx.token) {
      f.latest = m;
      if (t.paragraph === ctx.paragraph) f.earlierInParagraph = true;
      if (t.paragraph === ctx.paragraph - 1 && m.subject) f.subjectInParagraphBefore = true;
    }
    // The one spoken to ("told the BBC") is in the sentence as an addressee, not as a possible speaker.
    if (t.sentence === ctx.sentence && !isListener(tokens, m.first)) {
      f.inSentence = true;
      if (m.subject) f.subjectInSentence = true;
    }
  }
  if (previous?.entity) factsOf(previous.entity);
  const lastCue = latestCueSubject(view, ctx.token);
  if (lastCue) factsOf(lastCue.entity!);
  for (const f of facts.values()) f.mentionsBefore = counts.get(f.entity) ?? 0;
  // A candidate never mentioned in reach (the previous speaker of a long interview) keeps its last mention.
  for (const f of facts.values()) if (!f.latest) f.latest = latestMentionOf(view, f.entity, ctx.token);
  return [...facts.values()];
}

/** "tell" and its forms, from the cue lexicon's own inflection (told, tells, telling). */
const TELL_FORMS = new Set(['tell', ...inflectedForms({ base: 'tell', past: 'told' })]);

/**
 * The mention starting at `first` is the one spoken to: "told (the) BBC", "telling reporters". Capitalised words
 * the mention left out are the listener's name too ("told Five Live": a number word opens no run).
 */
function isListener(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && tokens[k]!.word && tokens[k]!.cap && tokens[k]!.sentence === tokens[first]!.sentence) k--;
  if (tokens[k]?.lower === 'the') k--;
  return TELL_FORMS.has(tokens[k]?.lower ?? '');
}

export function latestCueSubject(view: ArticleView, token: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of view.cueSubjects) {
    if (m.first >= token) break;
    found = m;
  }
  return found;
}

function latestMentionOf(view: ArticleView, entity: Entity, token: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of view.mentions) {
    if (m.first >= token) break;
    if (m.entity === entity) found = m;
  }
  return found;
}

/** The person who is the subject of one of the two sentences before the quote, the latest one. */
export function personInFocus(view: ArticleView, ctx: QuoteContext): Entity | undefined {
  let found: Mention | undefined;
  for (const m of view.mentions) {
    if (m.first >= ctx.token) break;
    if (!m.subject || m.entity?.kind !== 'person' || m.sentence < ctx.sentence - 2 || m.sentence >= ctx.sentence)
      continue;
    found = m;
  }
  return found?.entity ?? undefined;
}

/**
 * The subject of a cue in the sentence that ends with a colon right before a paragraph that opens
 * with the quote ("Mr Ode told the council:" / "“We will rebuild…”").
 */
export function colonLead(view: ArticleView, ctx: QuoteContext): Entity | undefined {
  const before = view.tokens[ctx.token - 1];
  if (!ctx.paragraphInitial || before?.text !== ':') return undefined;
  let found: Mention | undefined;
  for (const m of view.cueSubjects) {
    if (m.first >= ctx.token) break;
    if (m.sentence === before.sentence) found = m;
  }
  return found?.entity ?? undefined;
}
