import { addRole, type Entity, setGender } from './entities';
import { CUE_VERBS } from './lexicon/cue-verbs';
import { COPULAS, DETERMINERS, STOP_LEFT } from './lexicon/function-words';
import { ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './lexicon/roles';
import { isDocumentMention, type Mention } from './mention';
import type { NameRuns } from './name-runs';
import { closesOpeningPhrase, sameSentence } from './reporter-text';
import { nameOpensReducedRelative } from './reduced-relative';
import { isAnotherPersonsNoun } from './role-of-another';
import type { Token } from './tokens';

/**
 * Stage 4: appositives and relative clauses. "Jay Carney, the White House
 * spokesman, said" widens the name's mention to the verb that follows and
 * gives the person the role; "the festival's director, Craig Prater, said"
 * makes the role phrase and the name one mention of one person. Mentions
 * inside an appositive speak for no one.
 */

/** Words that open a list or an aside rather than a description of the name before them. */
const NOT_APPOSITIVE_OPENERS = new Set([
  'including',
  'such',
  'like',
  'especially',
  'notably',
  'and',
  'or',
  'but',
  'with',
  'while',
  'as',
  'after',
  'before',
  'despite',
  'although',
  'though',
  'because',
  'when',
  'where',
  'if',
  'unlike',
  'plus',
]);

/** Appositives and relative clauses widen a mention to the verb that follows (mentions in reading order). */
export function widenToAppositives(tokens: readonly Token[], mentions: readonly Mention[], names: NameRuns): void {
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.extentEnd < 0 || mention.type === 'pronoun') continue;
    // "In a statement, union organiser Ines Sauer said": what follows a document is the next clause's subject.
    if (isDocumentMention(mention)) continue;
    // "Appearing on the same programme, Mel Stride said": a phrase that sets the scene has no appositive.
    if (tokens[mention.last + 1]?.text === ',' && closesOpeningPhrase(tokens, mention.last + 1)) continue;
    mention.extentEnd = Math.max(mention.last, appositiveEnd(tokens, mentions, m, names));
  }
}

/** The last token of up to three appositives or relative clauses after mention `m`, else its own last token. */
function appositiveEnd(tokens: readonly Token[], mentions: readonly Mention[], m: number, { runs, inRun }: NameRuns) {
  const mention = mentions[m]!;
  let end = mention.last;
  for (let guard = 0; guard < 3; guard++) {
    const delim = tokens[end + 1];
    if (
      !delim ||
      !sameSentence(tokens, end, end + 1) ||
      (delim.text !== ',' && delim.text !== '-' && delim.text !== '–' && delim.text !== '(')
    )
      break;
    const closer = delim.text === '(' ? ')' : delim.text;
    let k = end + 2;
    let roleHead: string | undefined;
    let words = 0;
    while (
      k < tokens.length &&
      sameSentence(tokens, end, k) &&
      tokens[k]!.text !== closer &&
      tokens[k]!.text !== ',' &&
      tokens[k]!.text !== ';' &&
      !CUE_VERBS.has(tokens[k]!.lower) &&
      k - end < 22
    ) {
      if (tokens[k]!.word) words++;
      if (!roleHead && words <= 6 && PERSON_ROLE_NOUNS.has(tokens[k]!.lower)) roleHead = tokens[k]!.lower;
      k++;
    }
    // "Ana Reyes, an honor Olsen said he hoped…": the name before the cue opens a clause of its own.
    if (nameOpensReducedRelative(tokens, mentions, end + 2, k)) break;
    const segment = tokens.slice(end + 2, k);
    // "Bannon, who Beck on Wednesday called “…”": a relative clause with a subject of its own says what that
    // subject did; its verb is not the name's.
    const relative = ['who', 'which', 'whose'].includes(segment[0]?.lower ?? '');
    // "Reeves, who presented the best actress award,": in a relative clause a role noun is the person's
    // only after a copula ("who is a director"); after another verb it names someone else.
    if (relative && !COPULAS.has(segment[1]?.lower ?? '')) roleHead = undefined;
    if (relative && mentions.some((n) => n.first === end + 3 && n.type !== 'pronoun')) break;
    const isAge = segment.length === 1 && /^\d+$/.test(segment[0]!.text);
    // A person's name opens the segment, alone or after the role words that go with it ("Her neighbour,
    // retired teacher Brian Sutcliffe,"): the name is the mention, not an appositive of the one before.
    const nextIsName =
      (segment[0] &&
        inRun[end + 2]! >= 0 &&
        runs[inRun[end + 2]!]!.first === end + 2 &&
        runs[inRun[end + 2]!]!.kind === 'person') ||
      mentions.some((n) => n.first === end + 2 && n.type === 'name');
    // ", including actor George C Scott": a list or an aside, not a description of the name.
    const aside = NOT_APPOSITIVE_OPENERS.has(segment[0]?.lower ?? '');
    // "Geoff Garin, a Democratic pollster who works with Priorities Fund,": an indefinite noun phrase after a
    // person's name describes them, whatever its noun.
    // "Richard Shelby, the Alabama Republican who heads the committee,": a noun phrase with "who" describes a person.
    const describedByWho = segment.some((t) => t.lower === 'who');
    const described =
      (['a', 'an'].includes(segment[0]?.lower ?? '') || describedByWho) && mention.entity?.kind === 'person';
    // "The son of one victim, Agnes Moore, said": the name is the victim's, set off as an aside; the son speaks.
    const namesInner =
      guard === 0 && nextIsName && mention.type === 'role' && namesTheOtherPerson(tokens, mention.first, end);
    if (namesInner) roleHead = undefined;
    else if (segment.length === 0 || nextIsName || aside || (!relative && !isAge && !roleHead && !described)) break;
    // A person role phrase before a name is its appositive ("the festival's director, Craig Prater").
    const describesPerson = roleHead !== undefined && mention.entity?.kind === 'person';
    if (roleHead && mention.entity && mention.entity.kind === 'person') {
      const text = segment
        .map((s) => s.text)
        .join(' ')
        .replace(/ ([,.'’])/g, '$1')
        .replace(/ 's/g, "'s");
      giveRole(mention.entity, text, roleHead);
      mention.entity.confirmed = true;
    }
    // Mentions inside the appositive belong to it.
    for (let n = m + 1; n < mentions.length && mentions[n]!.first < k; n++) {
      const inner = mentions[n]!;
      if (inner.first > end && inner.last < k) inner.extentEnd = -1;
      // "Allen Varga, a research director at Montrose,": the role phrase is the person, not a second one
      // for a later "he" to choose between.
      if (describesPerson && inner.type === 'role' && inner.first === end + 2) inner.entity = mention.entity;
    }
    end = tokens[k]?.text === closer || tokens[k]?.text === ',' ? k : k - 1;
    // A semicolon ends the clause, and the aside with it.
    if (tokens[k] && (CUE_VERBS.has(tokens[k]!.lower) || tokens[k]!.text === ';')) {
      end = k - 1;
      break;
    }
  }
  return end;
}

/** "the play's organiser in Uganda, Sarah Mukasa, told": a role phrase followed by a name is that name. */
export function joinRolesToNames(tokens: readonly Token[], mentions: readonly Mention[]): void {
  for (let m = 0; m + 1 < mentions.length; m++) {
    const role = mentions[m]!;
    // The next mention after the role phrase, past those inside it ("the mayor of Eastport, Rosa Lind").
    let next = m + 1;
    while (next + 1 < mentions.length && mentions[next]!.last <= role.last) next++;
    const name = mentions[next]!;
    // "the media watchdog, Reporters Without Borders": the noun describes the organisation named next.
    if (
      role.type === 'organisation' &&
      name.type === 'organisation' &&
      name.entity &&
      tokens[role.last + 1]?.text === ',' &&
      name.first === role.last + 2
    ) {
      const phrase = role.phrase;
      if (phrase && ORGANISATION_ROLE_NOUNS.has(phrase.head)) {
        name.entity.roleNouns.add(phrase.head);
        role.entity = name.entity;
        role.extentEnd = -1;
        name.first = role.first;
      }
      continue;
    }
    if (role.type !== 'role' || name.type !== 'name' || !name.entity) continue;
    if (namedByCopula(tokens, role, name)) continue;
    const roleEnd = portfolioEnd(tokens, role.last);
    if (tokens[roleEnd + 1]?.text !== ',' || !describedNameAt(tokens, roleEnd + 2, name.first)) continue;
    if (namesTheOtherPerson(tokens, role.first, roleEnd)) continue;
    const phrase = role.phrase;
    if (phrase) {
      giveRole(name.entity, phrase.text, phrase.head);
      name.entity.confirmed = true;
    }
    name.first = role.first;
    name.joinedRole = true;
    role.extentEnd = -1;
    role.entity = name.entity;
    role.type = 'name';
    // "Eastport" in "the mayor of Eastport, Rosa Lind" describes her and speaks for no one.
    for (let inner = m + 1; inner < next; inner++) mentions[inner]!.extentEnd = -1;
  }
}

/**
 * The name starts at `from`, or after at most three lower-case words (an article first) that describe the person
 * there ("Her neighbour, retired fisherman Tom Bright,"): no verb, no clause word.
 */
function describedNameAt(tokens: readonly Token[], from: number, nameFirst: number): boolean {
  if (nameFirst === from) return true;
  if (nameFirst < from || nameFirst - from > 3) return false;
  for (let k = from; k < nameFirst; k++) {
    const t = tokens[k]!;
    const article = k === from && ARTICLES.has(t.lower);
    if (
      !t.word ||
      t.cap ||
      (!article && (STOP_LEFT.has(t.lower) || DETERMINERS.has(t.lower) || CUE_VERBS.has(t.lower)))
    )
      return false;
  }
  return true;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * "the family of one victim, Agnes Moore,", "a lawyer for the defendant, Karen Pell,": a role "of" or "for"
 * a person names that person next, not the one in the role (the family, the lawyer). An office of a body
 * ("the director of policy, Rocio Ferro") is the one named.
 */
function namesTheOtherPerson(tokens: readonly Token[], roleFirst: number, roleEnd: number): boolean {
  if (!isAnotherPersonsNoun(tokens[roleEnd]!.lower)) return false;
  for (let k = roleFirst + 1; k < roleEnd; k++)
    if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') return true;
  return false;
}

/**
 * "its director of policy, Rocio Ferro": a portfolio in lower case after the role noun ("of policy", "for
 * public affairs") belongs to the role; the last token of the role with it, else the role's own last token.
 */
function portfolioEnd(tokens: readonly Token[], last: number): number {
  const prep = tokens[last + 1];
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'for') || !sameSentence(tokens, last, last + 1)) return last;
  let end = last + 1;
  while (end - last <= 3 && tokens[end + 1]?.word && !tokens[end + 1]!.cap && sameSentence(tokens, last, end + 1))
    end++;
  return end > last + 1 ? end : last;
}

/**
 * "The musical's British director is Matthew Warrick.": a role phrase, "is" or "was", then a name: the
 * role is that person, who stays the clause's subject for a "he said" after it.
 */
function namedByCopula(tokens: readonly Token[], role: Mention, name: Mention): boolean {
  if (!['is', 'was'].includes(tokens[role.last + 1]?.lower ?? '') || name.first !== role.last + 2) return false;
  const phrase = role.phrase;
  if (phrase) {
    giveRole(name.entity!, phrase.text, phrase.head);
  }
  role.entity = name.entity;
  return true;
}

/** The role a phrase gives a person, and the gender its noun carries ("actress", "chairman"). */
function giveRole(person: Entity, text: string, head: string): void {
  addRole(person, text, head);
  setGender(person, PERSON_ROLE_NOUNS.get(head));
}
