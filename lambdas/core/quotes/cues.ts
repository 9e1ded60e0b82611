import {
  CUE_GAP_WORDS,
  CUE_PHRASES,
  subjectFollows,
  CUE_VERBS,
  INVERTIBLE_CUES,
  PASSIVE_MARKERS,
  SPEECH_NOUNS,
} from './lexicon/cue-verbs';
import { countedPlural } from './counted-plural';
import { personOfHometown } from './hometown';
import { isNamingParticiple } from './naming-participle';
import { participleAfterObject } from './participle-after-object';
import { settingOfCueBefore } from './setting-phrase';
import { DETERMINERS, POSSESSIVE_DETERMINERS, STOP_LEFT } from './lexicon/function-words';
import { MONTHS_AND_DAYS } from './lexicon/not-names';
import { OFFICE_TITLES } from './lexicon/titles';
import type { Cue, Mention } from './mention';
import { roleOwningName } from './of-complement';
import { clauseEnd, clauseStart, isReporter, sameSentence } from './reporter-text';
import type { Token } from './tokens';
import { indefiniteSubjectBefore } from './unread-subject';
import { subjectBeforeAside, whoseClauseBefore } from './aside-subject';

/**
 * Stage 5b: speech cues ("said", "told", "according to") and their
 * subjects: the mention before the verb ("Mr Kapor said", "Blanchett, who
 * …, said"), after it ("said Mr Hopkins", "said his wife, Sheila"), or the
 * agent of a passive ("praised by police"); else the subject of the clause.
 */

/** Words after an inverted subject that end it ("said Ms Tan of the union", "said Okafor on Monday"). */
const INVERSION_FOLLOWERS = new Set([
  'of',
  'from',
  'at',
  'in',
  'on',
  'for',
  'who',
  'which',
  'and',
  'when',
  'after',
  'before',
  'adding',
  'during',
  'to',
  'as',
  'today',
  'yesterday',
  'recently',
  'last',
  'on',
]);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Conjunctions that, after a comma, open a clause with a subject of its own. */
const CLAUSE_JOINERS = new Set(['and', 'but']);
/** "Mr Hirsch from Retail Banking Research said": the organisation qualifies the person before it. */
const QUALIFYING_PREPOSITIONS = new Set(['from', 'of', 'at', 'for', 'with']);
const CUE_PHRASE_STARTS = new Set(CUE_PHRASES.map((p) => p[0]!));
/** Verbs by which someone puts a name to something in their own words ("as described by", "as dubbed by"). */
const VERBS_OF_NAMING = new Set([
  'described',
  'characterized',
  'characterised',
  'termed',
  'dubbed',
  'labeled',
  'labelled',
]);
/** Words that take a part of a group with "of" ("one of the victims", "some of the parents"). */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'each', 'both', 'several', 'many', 'most', 'all']);

/**
 * "Obama offered states billions": a cue verb's -s form right after a verb in the past is a plural noun, its
 * object; "Obama states that" stays a verb. (After a determiner, "the states", it would be a noun too; read so,
 * it changed nothing on PolNeAR train and cost one dev quote a right cue, so it is left out.)
 */
function pluralNounReading(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c]!;
  const prev = tokens[c - 1];
  if (!/[^s]s$/.test(t.lower) || !prev?.word || !sameSentence(tokens, c - 1, c)) return false;
  if (prev.cap) return countedPlural(tokens, c);
  // "posted remarks": a noun of speech still tells who spoke, and stays a cue.
  if (SPEECH_NOUNS.has(t.lower) || SPEECH_EVENT_PLURALS.has(t.lower)) return false;
  // A verb in the past ends in -ed; "indeed", "need" and "speed" do too, and are no verbs in the past.
  return /^\p{L}{3,}ed$/u.test(prev.lower) && !/eed$/.test(prev.lower);
}

/**
 * Plurals of nouns for words spoken or written that are cue verbs in the -s form ("statements", "tweets"), beyond
 * the speech nouns (SPEECH_NOUNS, which holds "remarks" and "comments" already).
 */
const SPEECH_EVENT_PLURALS: ReadonlySet<string> = new Set([
  'statements',
  'reports',
  'notes',
  'tweets',
  'posts',
  'writes',
  'quotes',
  'answers',
  'replies',
  'responses',
  'questions',
  'requests',
  'demands',
  'warnings',
  'promises',
  'pledges',
  'vows',
  'threats',
  'denials',
  'admissions',
  'complaints',
  'explanations',
  'recalls',
]);

/** Every cue in reading order; a cue's subject is marked as a subject and a cue subject. */
export function findCues(tokens: readonly Token[], speakerMentions: readonly Mention[]): Cue[] {
  const reader = new CueSubjects(tokens, speakerMentions);
  const cues: Cue[] = [];
  const nounCues: Cue[] = [];
  for (let c = 0; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (!isReporter(tokens, c) || !t.word) continue;
    const phrase = CUE_PHRASE_STARTS.has(t.lower)
      ? CUE_PHRASES.find((p) => p.every((w, k) => tokens[c + k]?.lower === w))
      : perAfterComma(tokens, c);
    // "Trump's claims that …" is a noun its owner speaks; "Trump claims that …" stays a verb.
    const owner = SPEECH_NOUNS.has(t.lower) ? reader.speechNounOwner(c) : null;
    if (owner) {
      nounCues.push({ token: c, sentence: t.sentence, subject: owner });
      continue;
    }
    // "went on to win", "went on television": going on to something else, not going on speaking.
    if (phrase?.[1] === 'on' && tokens[c + 2]?.word) continue;
    if (!CUE_VERBS.has(t.lower) && !phrase) continue;
    if (!phrase && pluralNounReading(tokens, c)) continue;
    // "calling on the blogsphere to…", "called for a retrial": a request, not speech being quoted. With the quotation
    // right after it ("called for a “cultural war”") the words asked for are the caller's, and it cues them.
    if (
      !phrase &&
      /^call/.test(t.lower) &&
      ['on', 'for'].includes(tokens[c + 1]?.lower ?? '') &&
      !quotedRightAfter(tokens, c + 2)
    )
      continue;
    if (!phrase && isNamingParticiple(tokens, c)) continue;
    if (phrase && settingOfCueBefore(tokens, phrase, c, cues.at(-1))) {
      c += phrase.length - 1;
      continue;
    }
    // "the EU was insisting on “unbalanced” terms": a demand for something, not words being quoted.
    if (!phrase && /^insist/.test(t.lower) && tokens[c + 1]?.lower === 'on') continue;
    let subject: Mention | null = null;
    if (phrase && subjectFollows(phrase)) {
      subject = reader.startingAt(c + phrase.length);
    } else {
      const verb = phrase ? c + phrase.length - 1 : c;
      subject = reader.subjectOfCue(c, verb);
    }
    if (subject) {
      subject.cueSubject = true;
      subject.subject = true;
    }
    cues.push({ token: c, sentence: t.sentence, subject });
    if (phrase) c += phrase.length - 1;
  }
  return withNounCues(cues, nounCues);
}

/** A quotation at `k`, or after a determiner there ("called for a “cultural war”"). */
function quotedRightAfter(tokens: readonly Token[], k: number): boolean {
  const at = DETERMINERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  return (tokens[at]?.quote ?? -1) >= 0;
}

/**
 * "“…,” per a memo obtained by Axios", "the plan, per two officials, …": "per" after a comma or right after a
 * quotation is "according to", its subject after it. Elsewhere it is a rate ("5 per cent", "$3 per share").
 */
function perAfterComma(tokens: readonly Token[], c: number): readonly string[] | undefined {
  const before = tokens[c - 1];
  // The comma of "“…,” per" is inside the quote: right after a quotation counts as after a comma.
  const afterComma = before !== undefined && (before.text === ',' || before.quote >= 0);
  return tokens[c]!.lower === 'per' && afterComma ? PER : undefined;
}
const PER = ['per'] as const;

/**
 * "Rubio's catch phrase was that …": a speech noun cues its sentence only when no verb does; in "Ryan
 * said Trump's comments were “…”" the quote is Ryan's.
 */
function withNounCues(cues: Cue[], nounCues: readonly Cue[]): Cue[] {
  const verbSentences = new Set(cues.map((c) => c.sentence));
  const kept = nounCues.filter((c) => !verbSentences.has(c.sentence));
  for (const cue of kept) {
    cue.subject!.cueSubject = true;
    cue.subject!.subject = true;
  }
  return kept.length === 0 ? cues : [...cues, ...kept].sort((a, b) => a.token - b.token);
}

/**
 * The speech noun a possessive owns, a few lower-case words on ("Rubio's catch phrase", "Obama's lyrical
 * rejection"): its owner speaks (cues.ts makes the noun a cue). Undefined when the possessive owns anything else.
 */
export function speechNounAfter(tokens: readonly Token[], owner: number): number | undefined {
  // "Obama's “if you like your plan” promise": the quote names the promise between owner and noun.
  const quoted = tokens[owner + 1];
  const afterQuote = tokens[owner + 2];
  if (quoted?.quote !== undefined && quoted.quote >= 0 && afterQuote?.word && SPEECH_NOUNS.has(afterQuote.lower))
    return owner + 2;
  for (let k = owner + 1; k <= owner + 3 && tokens[k]?.word && !tokens[k]!.cap; k++)
    if (SPEECH_NOUNS.has(tokens[k]!.lower)) return k;
  return undefined;
}

/** Words in -ly that are no adverb ("the family said", "an ally said"). */
const NOT_ADVERBS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'reply',
  'only',
  'daily',
  'weekly',
  'monthly',
]);

/** A lower-case adverb in -ly between a subject and its verb: "Trump reportedly yelling", "she angrily told". */
function isAdverb(t: Token): boolean {
  return t.word && !t.cap && /^\p{Ll}{2,}ly$/u.test(t.text) && !NOT_ADVERBS.has(t.lower);
}

/** "director of economic statistics": "of" or "for" between lower-case role words, inside a description. */
function joinsRoleWords(words: readonly Token[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  return (
    (words[i]!.lower === 'of' || words[i]!.lower === 'for') &&
    before?.word === true &&
    !before.cap &&
    after?.word === true &&
    !after.cap
  );
}

/**
 * Words between a cue verb and a name that make an owner of the name: capitalised words ending in a
 * possessive, "the" allowed first ("said Iron Maiden's Bruce Dickinson", "said the Observer's Philip
 * French", "said PBS' Jacoba Atlas": after a final s the possessive is an apostrophe on its own).
 */
function isOwner(between: readonly Token[]): boolean {
  const words = between[0]?.lower === 'the' ? between.slice(1) : between;
  const last = words[words.length - 1];
  if (!last) return false;
  if (/^['’]$/.test(last.text)) {
    const owner = words.slice(0, -1);
    return owner.length > 0 && owner.every((t) => t.cap) && /s$/i.test(owner[owner.length - 1]!.text);
  }
  return /['’]s$/.test(last.text) && words.every((t) => t.cap);
}

/** "said one musician quoted by the report", "said a source cited by Reuters": a participle and its agent describe the subject. */
function participleWithAgent(tokens: readonly Token[], k: number): boolean {
  return /ed$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by' && sameSentence(tokens, k, k + 1);
}

/** After an inverted subject's last token: the end of the clause, or a word that ends it ("said Ms Tan of …", "… when asked"). */
function closesInversion(tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  return !after || !sameSentence(tokens, last, last + 1) || !after.word || INVERSION_FOLLOWERS.has(after.lower);
}

/**
 * "Fox was quoted by the Daily Mirror as saying", "she is reported by local media as telling": for the
 * participle after "as", the passive verb of quoting before it in the clause (its subject is the one
 * quoted), else -1.
 */
function passiveQuotedBefore(tokens: readonly Token[], c: number, start: number): number {
  if (tokens[c - 1]?.lower !== 'as' || !/ing$/.test(tokens[c]!.lower)) return -1;
  for (let k = c - 2; k > start && k >= c - 10; k--) {
    if (!QUOTING_PASSIVES.has(tokens[k]!.lower)) continue;
    return PASSIVE_MARKERS.has(tokens[k - 1]!.lower) ? k - 1 : -1;
  }
  return -1;
}

const QUOTING_PASSIVES = new Set(['quoted', 'reported', 'cited']);

/** Finds a cue's subject among the mentions that can speak. */
class CueSubjects {
  private readonly byEnd = new Map<number, Mention>();
  private readonly byStart = new Map<number, Mention>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly speakerMentions: readonly Mention[],
  ) {
    // Where mentions nest ("a spokesman for the RAD" holds "RAD"), the outer one speaks.
    for (const m of speakerMentions) {
      for (const end of [m.extentEnd, m.last]) {
        const other = this.byEnd.get(end);
        if (!other || other.first > m.first) this.byEnd.set(end, m);
      }
      const other = this.byStart.get(m.first);
      if (!other || other.extentEnd < m.extentEnd) this.byStart.set(m.first, m);
    }
  }

  /** The possessive owner of the speech noun at `noun` ("Rubio's catch phrase"). */
  speechNounOwner(noun: number): Mention | null {
    for (let k = noun - 1; k >= noun - 3 && k >= 0; k--) {
      const owner = this.byEnd.get(k);
      if (
        owner &&
        owner.type !== 'pronoun' &&
        /['’]s$/.test(this.tokens[k]!.text) &&
        speechNounAfter(this.tokens, k) === noun
      ) {
        return owner;
      }
    }
    return null;
  }

  /** "Dana Whitfield of Tulsa, Oklahoma said": the person the town and state (`place` ends with it) belong to. */
  private personOfHometown(place: Mention, start: number): Mention | undefined {
    return personOfHometown(this.tokens, place, start, (end) => this.byEnd.get(end));
  }

  /** The widest speaking mention that starts at token `i`. */
  startingAt(i: number): Mention | null {
    return this.byStart.get(i) ?? null;
  }

  subjectOfCue(c: number, verb: number): Mention | null {
    const { tokens } = this;
    const start = clauseStart(tokens, c);
    const end = clauseEnd(tokens, verb);
    // Passive: "praised by police" ("is reported as saying" is not one).
    // "– as described by FBI Director James Comey –" is a passive too, its agent the one who chose the words; not
    // "she said, as recalled by Walter Hewlett", who only tells what someone else said.
    const asBy =
      tokens[c - 1]?.lower === 'as' && tokens[c + 1]?.lower === 'by' && VERBS_OF_NAMING.has(tokens[c]!.lower);
    if (c === verb && /ed$/.test(tokens[c]!.lower) && (PASSIVE_MARKERS.has(tokens[c - 1]?.lower ?? '') || asBy)) {
      // "accused of planning a “stealth tax” raid by the Conservatives": the agent may follow a partial quote.
      const inSentence = (k: number) => tokens[k]!.quote >= 0 || sameSentence(tokens, verb, k);
      for (let k = verb + 1; k < tokens.length && k <= verb + 10 && inSentence(k); k++) {
        // A determiner may stand outside the agent's mention ("by the Conservatives", "by its director Ana Lenz").
        if (tokens[k]!.lower === 'by')
          return (
            this.startingAt(k + 1) ?? (DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? this.startingAt(k + 2) : null)
          );
      }
      return null;
    }
    // Inverted: "said Mr Hopkins", "said the group in a statement". Not after "and": in "… called the rise
    // "a tax" and asked the board to act" the verb shares its subject with the one before it, and what
    // follows is its object.
    // Nor when a mention stands right before the verb: "Pataki says Kasich “has a record”" is
    // subject, verb, then the reported clause, whose subject is no speaker.
    if (
      INVERTIBLE_CUES.has(tokens[verb]!.lower) &&
      tokens[c - 1]?.lower !== 'and' &&
      !this.rightBefore(c, start) &&
      !subjectBeforeAside(tokens, c, start, (i) => this.byEnd.get(i))
    ) {
      const inverted = this.invertedSubject(verb, end);
      if (inverted) return inverted;
    }
    // "Fox was quoted by the Daily Mirror as saying": the one quoted, not the paper that printed the words.
    const quoted = passiveQuotedBefore(tokens, c, start);
    if (quoted >= 0) return this.subjectBefore(quoted, start) ?? null;
    const clauseSubject = () => this.speakerMentions.find((m) => m.first >= start && m.last < c && m.subject) ?? null;
    // "…, saying “…”": a participle after a comma shares the subject of the clause it hangs on, not the
    // name the comma closes ("remarks about his rival, Hillary Clinton, saying").
    if (c === verb && /ing$/.test(tokens[c]!.lower) && tokens[c - 1]?.text === ',') return clauseSubject();
    if (c === verb && participleAfterObject(tokens, c, (i) => this.byEnd.get(i))) {
      const subject = clauseSubject();
      if (subject) return subject;
    }
    const before = this.subjectBefore(c, start);
    if (before !== undefined) return before;
    // "if she won, people would say “…”": the subject is people in general, no one the article names.
    if (indefiniteSubjectBefore(tokens, c) >= 0) return null;
    // "Glazer owns a stake, and United's statement to the stock exchange said:": after ", and" a new clause
    // opens on its own subject, which the verb's is, not the first clause's.
    const conjoined = this.subjectAfterConjunction(start, c);
    if (conjoined) return conjoined;
    // Otherwise the subject of the clause.
    return clauseSubject();
  }

  /** The mention that opens the last clause joined by ", and" or ", but" before the cue at `c`, if any. */
  private subjectAfterConjunction(start: number, c: number): Mention | undefined {
    const { tokens } = this;
    for (let k = c - 1; k > start; k--) {
      if (!CLAUSE_JOINERS.has(tokens[k]!.lower) || tokens[k - 1]?.text !== ',') continue;
      // "Donald Trump, Ben Carson, and Carly Fiorina": the last of a list, not a clause of its own.
      const listed = this.byEnd.get(k - 2);
      if (listed && tokens[listed.first - 1]?.text === ',') return undefined;
      const m = this.byStart.get(k + 1);
      return m && m.extentEnd < c ? m : undefined;
    }
    return undefined;
  }

  /** A speaking mention ends right before the cue (gap words such as "also" aside), inside its clause. */
  private rightBefore(c: number, start: number): boolean {
    let j = c - 1;
    for (let skipped = 0; skipped < 4 && j >= start && CUE_GAP_WORDS.has(this.tokens[j]!.lower); skipped++) j--;
    const m = this.byEnd.get(j);
    return m !== undefined && m.first >= start;
  }

  /** The subject after an invertible verb ("said Mr Hopkins", "said his wife, Sheila"), if any. */
  private invertedSubject(verb: number, end: number): Mention | undefined {
    const { tokens } = this;
    const m = this.byStart.get(verb + 1);
    // "said it "meant a lot"": a pronoun after the verb is usually the reported clause's subject,
    // an inverted subject only when the sentence ends there (", said he.").
    const pronounOpensClause = m?.type === 'pronoun' && !['.', ',', ';'].includes(tokens[m.last + 1]?.text ?? '.');
    let inverted: Mention | undefined;
    if (m && !pronounOpensClause) {
      const after = tokens[m.extentEnd + 1];
      const afterCore = tokens[m.last + 1];
      if (
        !after ||
        !sameSentence(tokens, m.extentEnd, m.extentEnd + 1) ||
        !after.word ||
        INVERSION_FOLLOWERS.has(after.lower) ||
        MONTHS_AND_DAYS.has(after.lower) ||
        participleWithAgent(tokens, m.extentEnd + 1)
      )
        inverted = m;
      // "said Scott, who won in 6.46secs, his best time": a name closed by punctuation.
      else if (m.type !== 'pronoun' && afterCore && !afterCore.word && afterCore.quote < 0) inverted = m;
    }
    // "said his wife, Sheila.": a role, then the name in apposition, who is the speaker.
    if (inverted && inverted.type === 'role' && tokens[inverted.extentEnd + 1]?.text === ',') {
      const named = this.byStart.get(inverted.extentEnd + 2);
      if (named && named.type === 'name' && named.entity?.kind === 'person') return named;
    }
    if (inverted) return inverted;
    // "said she thinks congressional Republicans “are going to…”": a pronoun opening the reported clause ends the
    // look-ahead, and a name after it is that clause's subject, no speaker.
    if (pronounOpensClause) return undefined;
    // "said one of their lawyers, Michalis Dimitrakopoulos": the name in apposition;
    // "said Iron Maiden's Bruce Dickinson": the name after its band or employer.
    // "said Cruz constituent Dan Golvach": a name describing the person named after it.
    return this.describedNameAfter(verb, end, m?.type === 'name');
  }

  /**
   * A name a few words after the verb, set off by a comma, an owner or a short description; after a
   * name (`nameFirst`), only by that name and role words ("said Cruz constituent Dan Golvach").
   */
  private describedNameAfter(verb: number, end: number, nameFirst: boolean): Mention | undefined {
    const { tokens } = this;
    for (let k = verb + 2; k <= Math.min(end, verb + 8); k++) {
      const named = this.byStart.get(k);
      const between = tokens.slice(verb + 1, k);
      const afterOwner = isOwner(between);
      // "said team-mate Chris Paterson.", "said Spanish teenager Nadal.": a lower-case description
      // (a nationality may lead it), then the name, then the end.
      const described =
        between.length <= 3 &&
        between.every(
          (t) =>
            t.word &&
            (!t.cap || OFFICE_TITLES.has(t.lower)) &&
            (!DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) &&
            !STOP_LEFT.has(t.lower),
        ) &&
        !tokens[named?.last !== undefined ? named.last + 1 : k]?.word;
      // "said Cruz constituent Dan Golvach when asked", "said Fox News anchor Lena Ruiz.": a name, lower-case role
      // words, then the person's name closing the clause.
      // "said ONS director of economic statistics Dan Hale": "of" or "for" may join role words.
      const employerRole =
        between.length <= 6 &&
        between.some((t) => t.word && !t.cap) &&
        between.every(
          (t, i) =>
            t.word &&
            !DETERMINERS.has(t.lower) &&
            (!STOP_LEFT.has(t.lower) || joinsRoleWords(between, i)) &&
            !CUE_VERBS.has(t.lower),
        ) &&
        named !== undefined &&
        closesInversion(tokens, named.last);
      const joined = nameFirst ? employerRole : tokens[k - 1]!.text === ',' || afterOwner || described || employerRole;
      if (named && named.type === 'name' && joined) return named;
      if (tokens[k]!.quote >= 0) break;
    }
    return undefined;
  }

  /**
   * "Mr Hirsch from Retail Banking Research said", "Dave Prentis of the public sector union Unison
   * said": the organisation (and the lower-case words describing it) qualifies the person before it.
   */
  private qualifiedPerson(m: Mention, start: number): Mention | undefined {
    const { tokens } = this;
    let k = m.first - 1;
    for (let described = 0; m.type === 'organisation' && described < 5 && k > start; described++) {
      const t = tokens[k]!;
      if (!t.word || t.cap || QUALIFYING_PREPOSITIONS.has(t.lower) || CUE_VERBS.has(t.lower)) break;
      k--;
    }
    // "The father of one of the victims said": past "one of", to the noun the whole phrase qualifies.
    if (tokens[k]?.lower === 'of' && PARTITIVES.has(tokens[k - 1]?.lower ?? '') && k - 2 > start) k -= 2;
    const prep = tokens[k];
    const owner = prep && QUALIFYING_PREPOSITIONS.has(prep.lower) ? this.byEnd.get(k - 1) : undefined;
    return owner && owner.type !== 'pronoun' && owner.first >= start ? owner : undefined;
  }

  /**
   * The token before a preposition that `m` (or "Raleigh, N.C." with `m` its last part) completes
   * ("of Raleigh, N.C."); -1 when no preposition leads to it.
   */
  private prepositionBefore(m: Mention, start: number): number {
    const { tokens } = this;
    let first = m.first;
    const before = this.byEnd.get(first - 2);
    if (tokens[first - 1]?.text === ',' && before && before.first > start) first = before.first;
    return QUALIFYING_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') && first - 2 >= start ? first - 2 : -1;
  }

  /**
   * The mention just before the cue ("he said", "Mr Kapor is reported as saying", "Blanchett, who …,
   * said"), skipping asides; undefined when there is none there.
   */
  /**
   * "Phil Berger and House Speaker Tim Moore said in a statement": two people who speak together are
   * named in the order the reporter gives them, and the quote goes to the first, as it does in "said
   * Dr A and Dr B"; the nearer one is no more the speaker.
   */
  private firstOfTwo(m: Mention): Mention | undefined {
    if (m.type !== 'name' || this.tokens[m.first - 1]?.lower !== 'and' || !this.quotedIn(m.first)) return undefined;
    const first = this.byEnd.get(m.first - 2);
    if (first?.type !== 'name' || first.sentence !== m.sentence) return undefined;
    // "a 0-0 draw at Old Trafford and Ancelotti said": after a preposition or a verb the first is no subject, and
    // "and" joins two clauses.
    return STOP_LEFT.has(this.tokens[first.first - 1]?.lower ?? '') ? undefined : first;
  }

  /**
   * A quotation stands in the sentence. Only there does the pair speak the same words: "Governor Sam Dunmore and
   * Senator Ada Pike spoke on Monday" says no more of one than of the other, and the nearer stays the subject.
   */
  private quotedIn(at: number): boolean {
    const { tokens } = this;
    const sentence = tokens[at]!.sentence;
    for (let k = at; k >= 0 && tokens[k]!.sentence === sentence; k--) if (tokens[k]!.quote >= 0) return true;
    for (let k = at + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++)
      if (tokens[k]!.quote >= 0) return true;
    return false;
  }

  private subjectBefore(c: number, start: number): Mention | undefined {
    const { tokens } = this;
    let j = c - 1;
    for (
      let skipped = 0;
      skipped < 4 && j >= start && (CUE_GAP_WORDS.has(tokens[j]!.lower) || isAdverb(tokens[j]!)) && !this.byEnd.has(j);
      skipped++
    )
      j--;
    // "one from his friend, the producer Quincy Jones, who described him as": "who" stands for the person named just
    // before it, whatever preposition led to that name, so the aside rule below does not pass over it. (Not for an
    // unnamed role: "coming from a candidate who promised" is the reporter's description of someone named before.)
    let antecedentOfWho = -1;
    for (let round = 0; round < 4 && j >= start; round++) {
      // "actor George C Scott who said": the relative pronoun stands for the name before it.
      if (RELATIVE_PRONOUNS.has(tokens[j]!.lower)) {
        const who = tokens[j]!.lower === 'who';
        j--;
        if (tokens[j]?.text === ',') j--;
        // "Marla Quince, 52, who told reporters": an age set off by commas stands between the name and "who".
        if (who && /^\d{1,3}$/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') j -= 2;
        if (who) antecedentOfWho = j;
        continue;
      }
      const m = this.byEnd.get(j);
      const whose = m ? whoseClauseBefore(tokens, m.first, start) : -1;
      if (whose >= 0) {
        j = tokens[whose - 1]?.text === ',' ? whose - 2 : whose - 1;
        continue;
      }
      // "Lindqvist, 30, of Raleigh, N.C., who was polled, said": past an aside, a place after "of" is the aside's.
      const namedBeforeWho = j === antecedentOfWho && m?.type === 'name';
      const pastAside = (round > 0 || (m !== undefined && m.last < j)) && !namedBeforeWho;
      const placeOfAside = m && pastAside ? this.prepositionBefore(m, start) : -1;
      if (m && placeOfAside < 0)
        return (
          this.personOfHometown(m, start) ??
          this.qualifiedPerson(m, start) ??
          roleOwningName(tokens, this.speakerMentions, m, start) ??
          this.firstOfTwo(m) ??
          m
        );
      if (m) j = placeOfAside;
      const delim = tokens[j]!.text;
      // "the play's organiser in Uganda, Sarah Mukasa, told": a name set off by commas is the subject.
      if (delim === ',') {
        const named = this.byEnd.get(j - 1);
        const fromTown = named && this.personOfHometown(named, start);
        if (fromTown) return fromTown;
        // "The Bishop of Durham, the Rt Rev Tom Wright, said": "the" may stand before a title set off.
        const comma = named && tokens[named.first - 1]?.lower === 'the' ? named.first - 2 : (named?.first ?? 0) - 1;
        const setOff = named && (named.joinedRole || (tokens[comma]?.text === ',' && comma >= start));
        if (named && named.type === 'name' && setOff) return named;
      }
      if (delim !== ',' && delim !== '-' && delim !== '–' && delim !== ')') break;
      const opener = delim === ')' ? '(' : delim;
      let k = j - 1;
      while (k >= start && tokens[k]!.text !== opener && j - k < 30) k--;
      if (k < start || tokens[k]!.text !== opener) break;
      j = k - 1;
    }
    return undefined;
  }
}
