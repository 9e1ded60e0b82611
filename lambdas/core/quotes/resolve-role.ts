import { type Antecedents, compatible } from './antecedents';
import { type Entity, type EntityRegistry, roleKey } from './entities';
import { GROUP_SUBJECTS, PARTY_WORDS, PUBLIC_BODY_NOUNS } from './lexicon/organisations';
import {
  AGENT_PLURALS,
  BODY_AGENT_PLURALS,
  DOCUMENT_NOUNS,
  FAMILY_NOUNS,
  isGroupPlural,
  NATIONALITY_NOUNS,
  NON_OFFICE_ROLES,
  OFFICES,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  TASK_BODY_NOUNS,
  RELATIONAL_ROLE_NOUNS,
} from './lexicon/roles';
import type { Mention } from './mention';
import { NATIONALITY_ADJECTIVES } from './lexicon/titles';
import { bestRoleHolder } from './role-fit';
import type { RolePhrase } from './role-phrase';

/**
 * A role phrase's referent. Groups ("police") are plural organisations;
 * documents ("a BBC statement") speak for their author; organisation roles
 * ("the regulator") for the organisation in view; person roles for the
 * person introduced with that role ("the minister" → the minister named
 * earlier), an owner's unnamed agent ("her lawyers"), the person in focus
 * ("the 47-year-old"), or a new unnamed source ("a spokesman").
 */
export function resolveRolePhrase(
  m: Mention,
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
  afterCopula = false,
): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  const head = phrase.head;
  // Only as the subject of a speech verb: "Analysts at Halden Bank had expected a rise" is no word of the bank's.
  if (m.cueSubject && (GROUP_SUBJECTS.has(head) || isGroupPlural(head)) && !phrase.determiner && !phrase.owner?.run) {
    const body = groupsBody(phrase, antecedents);
    if (body) return body;
  }
  if (GROUP_SUBJECTS.has(head) && !phrase.determiner && !phrase.owner) {
    return registry.byName('organisation', head) ?? registry.create('organisation', head, { plural: true });
  }
  if (isGroupPlural(head) && !PERSON_ROLE_NOUNS.has(head) && !phrase.determiner && !phrase.owner?.run) {
    const name = groupName(phrase.text, phrase.modifier !== undefined && !phrase.modifier.weak);
    return registry.byName('organisation', name) ?? registry.create('organisation', name, { plural: true });
  }
  if (DOCUMENT_NOUNS.has(head)) {
    // Written words speak for their author: "a BBC statement", "the council's ruling", "a statement on her website".
    if (phrase.owner?.entity) return phrase.owner.entity;
    if (phrase.modifier) return phrase.modifier;
    if (phrase.determiner === 'his' || phrase.determiner === 'her') {
      const gender = phrase.determiner === 'his' ? 'male' : 'female';
      return recent((e) => e.kind === 'person' && compatible(e, gender), true) ?? null;
    }
    // "A statement said", "in a statement": a statement no one is said to own is nobody's yet (not the latest firm's).
    if (phrase.determiner === 'a' || phrase.determiner === 'an') return null;
    // "a World Bank report … the report said": the report already read, whose author is known.
    if (phrase.determiner === 'the') {
      const written = recent((_e, s) => s.phrase?.head === head && s.phrase !== phrase, false);
      if (written) return written;
    }
  }
  if (DOCUMENT_NOUNS.has(head) || (ORGANISATION_ROLE_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head)))
    return organisationOf(phrase, antecedents, registry);
  if (phrase.owner) return ownersAgent(phrase, antecedents, registry);
  return personByRole(m, phrase, antecedents, registry, afterCopula);
}

/**
 * "Bosses at Corvane Foods said", "European Union officials said", "Union leaders said": people who lead or
 * speak for a body named in the phrase, or called by a kind of body there that the article named, are the
 * body's voice; undefined for other groups ("workers at Corvane Foods" speak for themselves).
 */
function groupsBody(phrase: RolePhrase, antecedents: Antecedents): Entity | undefined {
  if (!BODY_AGENT_PLURALS.has(phrase.head)) return undefined;
  const named = phrase.complement ?? phrase.modifier;
  if (named) return named.kind === 'organisation' && !named.place && !named.weak ? named : undefined;
  const words = phrase.text.toLowerCase().split(' ');
  const noun = words.slice(0, -1).findLast((w) => ORGANISATION_ROLE_NOUNS.has(w));
  return noun ? bodyCalled(noun, antecedents) : undefined;
}

/** Words that count the members of a group, left out of its name ("Some analysts", "Many firms"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'all', 'both']);

/**
 * A group as the reporter wrote it ("civil rights groups", "opposition councillors", "Republican leaders"),
 * without a count before it and without the capital that only opened the sentence (a name inside it,
 * "Harlow College students", keeps its own).
 */
function groupName(text: string, opensWithName: boolean): string {
  const words = text.split(' ');
  while (words.length > 1 && QUANTIFIERS.has(words[0]!.toLowerCase())) words.shift();
  const first = words[0]!.toLowerCase();
  const proper =
    opensWithName || PARTY_WORDS.has(first) || NATIONALITY_NOUNS.has(first) || NATIONALITY_ADJECTIVES.has(first);
  return proper ? words.join(' ') : lowerFirst(words.join(' '));
}

/** "the regulator", "a council statement": the organisation in view with that noun, else the latest one. */
function organisationOf(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  const head = phrase.head;
  const owned = DOCUMENT_NOUNS.has(head) ? undefined : ownedBody(phrase, antecedents, registry);
  if (owned) return owned;
  // "the GMB union", "the Norland board", "the board of Ashby Motors": the organisation named in the phrase.
  const named = phrase.modifier ?? (phrase.complement?.kind === 'organisation' ? phrase.complement : undefined);
  if (named && !named.place && !DOCUMENT_NOUNS.has(head)) {
    named.roleNouns.add(head);
    return named;
  }
  const noun = DOCUMENT_NOUNS.has(head) ? (phrase.owner?.noun ?? '') : head;
  const matching = recent(
    (e) => e.kind === 'organisation' && !e.place && (namedWith(e, noun) || e.roleNouns.has(noun)),
    false,
  );
  if (!matching && TASK_BODY_NOUNS.has(noun))
    return (
      registry.byName('organisation', noun) ?? registry.create('organisation', noun, { roleNouns: new Set([noun]) })
    );
  // "the company said" after "Fenwade … the Office of Fair Trading": a firm, not the public body named since;
  // "the regulator said" after "the FCA … the firm": the public body, not the firm. "The group" is either.
  const kindFits = (e: Entity) => EITHER_KIND_NOUNS.has(noun) || PUBLIC_BODY_NOUNS.has(noun) === isPublicBody(e);
  // "the government said" with only a firm and a broadcaster in view: the country's government is none of
  // them, but a body of its own. (Other public bodies do fall back: "the CSA, the French regulator, said".)
  const anyKind = noun !== 'government';
  const entity =
    matching ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak && kindFits(e), false) ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && kindFits(e), true) ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && kindFits(e), false) ??
    (anyKind ? recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak, false) : undefined) ??
    (anyKind ? recent((e) => e.kind === 'organisation' && !e.place && !e.plural, false) : undefined);
  if (entity) {
    entity.roleNouns.add(noun);
    return entity;
  }
  if (!noun) return null;
  // "a coalition of charities said": named as the reporter wrote it, not by its bare noun ("coalition").
  const name = phrase.determiner === 'a' || phrase.determiner === 'an' ? lowerFirst(phrase.text) : noun;
  return registry.create('organisation', name, { roleNouns: new Set([noun]) });
}

/**
 * The organisation's name holds the noun; a group's only as a word of it: "the council" is no group of
 * "opposition councillors".
 */
function namedWith(e: Entity, noun: string): boolean {
  const name = e.name.toLowerCase();
  return name.includes(noun) && (!e.plural || name.split(' ').includes(noun));
}

/**
 * "Valdoria's central bank said": a body that a named place, firm or person owns is a body of its own,
 * not its owner (a country's bank is no country), named as the reporter wrote it, so that "the bank" later
 * finds it by its noun. An owner already called by that noun ("Corvane's company") is the body itself.
 */
function ownedBody(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity | undefined {
  if (phrase.owner?.noun && PLACE_NOUNS.has(phrase.owner.noun)) return placesBody(phrase, antecedents, registry);
  const owner = phrase.owner?.entity;
  if (!owner || owner.kind === 'unnamed') return undefined;
  if (
    owner.kind === 'organisation' &&
    (owner.roleNouns.has(phrase.head) || owner.name.toLowerCase().includes(phrase.head))
  )
    return owner;
  return bodyNamed(`${owner.name}'s ${afterOwner(phrase.text.split(' '))}`, phrase.head, registry);
}

/** The words after the owner's possessive ("Valdoria's central bank" → "central bank"). */
function afterOwner(words: readonly string[]): string {
  return words.slice(words.findIndex((w) => /['’]s?$/.test(w)) + 1).join(' ');
}

/** The organisation of this name, made once, known by its head noun. */
function bodyNamed(name: string, head: string, registry: EntityRegistry): Entity {
  return registry.byName('organisation', name) ?? registry.create('organisation', name, { roleNouns: new Set([head]) });
}

/** Nouns a reporter calls a place by, as the owner of its bodies ("the country's finance ministry"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'state',
  'city',
  'town',
  'region',
  'province',
  'county',
  'island',
  'capital',
]);

/**
 * "The country's finance ministry said": a body of the place in view, never the place itself nor the
 * latest firm; named after the place the article called a place, else as the reporter wrote it.
 */
function placesBody(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity {
  const place = antecedents.recent((e) => e.place, false);
  const written = lowerFirst(phrase.text);
  const name = place ? `${place.name}'s ${afterOwner(written.split(' '))}` : written;
  return bodyNamed(name, phrase.head, registry);
}

/** "Mr Sigarchi's lawyer", "the rapper's spokesman": an unnamed source speaking for the owner. */
function ownersAgent(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity {
  const recent = antecedents.recent.bind(antecedents);
  const owner = phrase.owner!;
  const head = phrase.head;
  const gender = PERSON_ROLE_NOUNS.get(head);
  const key = roleKey(head);
  let ownerEntity = owner.entity;
  if (!ownerEntity && owner.noun) {
    const noun = owner.noun;
    // "the prime minister's official spokesman": the person introduced as prime minister, not any minister.
    const byRole = bestRoleHolder(
      [...(owner.modifiers ?? []), noun].join(' '),
      roleKey(noun),
      antecedents.allRecent((e) => e.roleNouns.has(roleKey(noun))),
    );
    ownerEntity =
      (byRole === null ? undefined : byRole) ??
      recent((e) => e.kind === 'organisation' && e.name.toLowerCase().includes(noun), false) ??
      // "the company's chief executive": the organisation in view, as "the company said" would be.
      (ORGANISATION_ROLE_NOUNS.has(noun) && owner.nounDeterminer === 'the'
        ? recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak, false)
        : undefined);
  }
  const ownerName = ownerEntity?.name;
  // "Kestrel Engineering's chief executive, Oskar Lund" … "the company's chief executive said": the person the
  // article gave that role at that organisation.
  const named = ownerEntity ? namedAgent(ownerEntity, key, antecedents) : undefined;
  if (named) return named;
  // "the woman's sister": an owner the article never named is written as the reporter wrote it, not "a woman's".
  const name =
    ownerName && ownerEntity?.kind !== 'unnamed'
      ? `${ownerName}'s ${head.replace(/^spokes(woman|person)$/, 'spokes$1')}`
      : lowerFirst(phrase.text);
  const existing = registry.all.find(
    (e) =>
      e.kind === 'unnamed' && ownerName !== undefined && e.name.startsWith(`${ownerName}'s`) && e.roleNouns.has(key),
  );
  if (existing) return existing;
  return registry.create('unnamed', name, { roleNouns: new Set([key]), gender, roles: [phrase.text] });
}

/**
 * "said its chief executive": the agent of the body in view (the latest body that was a subject), the person
 * the article named in that role there, else an unnamed source named after the body.
 */
function organisationsAgent(
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
): Entity | undefined {
  const body = (e: Entity) => e.kind === 'organisation' && !e.place && !e.plural;
  const owner = antecedents.recent(body, true) ?? antecedents.recent(body, false);
  if (!owner) return undefined;
  const key = roleKey(phrase.head);
  const named = namedAgent(owner, key, antecedents);
  if (named) return named;
  const name = `${owner.name}'s ${phrase.text.split(' ').slice(1).join(' ')}`;
  return (
    registry.byName('unnamed', name) ??
    registry.create('unnamed', name, {
      roleNouns: new Set([key]),
      gender: PERSON_ROLE_NOUNS.get(phrase.head),
      roles: [name],
    })
  );
}

/** The one person the article gave a role with this noun at `owner` ("Kestrel Engineering's chief executive"). */
function namedAgent(owner: Entity, key: string, antecedents: Antecedents): Entity | undefined {
  const names = [owner.name, ...owner.aliases].map((n) => n.toLowerCase()).filter((n) => n.length >= 2);
  const holders = antecedents.allRecent(
    (e) =>
      e.kind === 'person' &&
      e.roleNouns.has(key) &&
      e.roles.some((r) => {
        const role = r.toLowerCase();
        return names.some((n) => role.includes(n));
      }),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** A person role without an owner: "a spokesman", "the singer", "her lawyers", "the 47-year-old". */
function personByRole(
  m: Mention,
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
  afterCopula: boolean,
): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  const head = phrase.head;
  const gender = PERSON_ROLE_NOUNS.get(head);
  const key = roleKey(head);
  const unnamed = (name: string) =>
    registry.create('unnamed', name, { roleNouns: new Set([key]), gender, roles: [phrase.text] });
  if (
    phrase.determiner === 'a' ||
    phrase.determiner === 'an' ||
    phrase.determiner === 'one' ||
    phrase.determiner === 'another'
  ) {
    const name = withOrganisationName(lowerFirst(phrase.text), antecedents, m.sentence);
    return registry.byName('unnamed', name) ?? unnamed(name);
  }
  // "the singer", "the 47-year-old director": the person introduced with that role, else the person in focus;
  // "the home secretary" is the one introduced as home secretary, not the shadow home secretary.
  const byRole = bestRoleHolder(
    phrase.text,
    key,
    antecedents.allRecent(
      (e) => (e.kind === 'person' || e.kind === 'unnamed') && e.roleNouns.has(key) && compatible(e, gender),
    ),
  );
  // "The family of a cyclist … his family said": an owner named since says whose family it is better than
  // the unnamed source read before; a named holder stays ("her husband, Tom Reed … her husband said").
  const owned = phrase.determiner === 'his' || phrase.determiner === 'her';
  const anotherBodysRole = phrase.determiner === 'its' && byRole && bodySpokeSince(byRole, antecedents);
  if (byRole && !(owned && byRole.kind === 'unnamed') && !anotherBodysRole) return byRole;
  if (byRole === null && phrase.determiner === 'the') return unnamed(lowerFirst(phrase.text));
  if (phrase.determiner === 'its') return organisationsAgent(phrase, antecedents, registry) ?? null;
  // "her lawyers said": someone else, who speaks for the woman in focus ("Lana Clarkson's lawyers").
  if (phrase.determiner === 'his' || phrase.determiner === 'her') {
    // "Lawyers for Ostrander said … his attorneys said": the people who spoke for someone just before.
    const agents = AGENT_PLURALS.has(head) ? recent((e) => e.kind === 'unnamed' && isAgentsOf(e), false) : undefined;
    if (agents) return agents;
    const ownerGender = phrase.determiner === 'his' ? 'male' : 'female';
    const person = (e: Entity) => e.kind === 'person' && !e.place;
    const owner =
      recent((e, s) => person(e) && compatible(e, ownerGender) && s.sentence >= m.sentence - 1 && e.confirmed, true) ??
      recent((e) => person(e) && e.gender === ownerGender, true) ??
      recent((e) => person(e) && e.gender === ownerGender, false) ??
      recent((e) => person(e) && compatible(e, ownerGender), true) ??
      // "A man … has been named as Alan Pike. … his family said": the person named, though no subject.
      recent((e) => person(e) && compatible(e, ownerGender), false);
    if (!owner) return null;
    const name = `${owner.name}'s ${head.replace(/^spokes(woman|person)$/, 'spokes$1')}`;
    return registry.byName('unnamed', name) ?? unnamed(name);
  }
  if (phrase.determiner !== 'the') return null;
  // "the victim said", "the mother said": someone the story is about, rarely the person in focus.
  if (RELATIONAL_ROLE_NOUNS.has(key) || FAMILY_NOUNS.has(key)) return unnamed(lowerFirst(phrase.text));
  // "the regulator said", "the broadcaster said", with no one introduced in that post: the organisation.
  if (ORGANISATION_ROLE_NOUNS.has(head)) return organisationOf(phrase, antecedents, registry);
  // "Opposition leader Karl Brenner … the minister said": someone given another office is not this one.
  // "Shadow chancellor Oliver Letwin … the former minister added": a past office is no clash with the present one.
  const former = /\b(former|ex)\b/.test(phrase.text.toLowerCase());
  // "Souness claimed the Welshman was not good enough": a role phrase that is not its clause's subject is not
  // the person who is. "Hewitt became the first Australian man to…": after a copula the phrase is the subject.
  // The subject of its clause is the latest in its sentence before it.
  const clauseSubject =
    m.subject || afterCopula
      ? undefined
      : antecedents.seen.findLast((s) => s.sentence === m.sentence && s.subject && s.first < m.first)?.entity;
  const mayHold = (e: Entity) =>
    compatible(e, gender) && (former || !holdsAnotherOffice(e, key)) && e !== clauseSubject;
  // "Brennan's lawyer, Caroline Kean … its editor, Tom Rawley … The star said": someone known as another's agent
  // is called by that relation, so the story's own people come first.
  const ownPerson = (e: Entity) => e.kind === 'person' && e.confirmed && mayHold(e) && !knownAsAgent(e);
  const inFocus =
    recent(ownPerson, true) ??
    recent(ownPerson, false) ??
    recent((e) => e.kind === 'person' && e.confirmed && mayHold(e), true) ??
    recent((e) => e.kind === 'person' && !e.place && mayHold(e), true) ??
    recent((e) => e.kind === 'person' && e.confirmed && mayHold(e), false) ??
    recent((e) => e.kind === 'person' && !e.place && mayHold(e), false);
  if (inFocus) {
    // A guess, so neither the role nor its gender is written onto them: "the prime minister" read as the man in
    // focus before the article names the prime minister would otherwise stay his for the rest of it, and "the
    // best actress award" read as a role would make the man who presented it a woman.
    return inFocus;
  }
  return unnamed(lowerFirst(phrase.text));
}

/**
 * "Its chairman, Lord Ashby, said… The Police Federation said… its chairman said": an organisation was the
 * subject of a clause after the role holder was last read, so "its" is that organisation's, not his.
 */
function bodySpokeSince(holder: Entity, antecedents: Antecedents): boolean {
  const seen = antecedents.seen;
  const body = seen.findLastIndex((s) => s.subject && s.entity?.kind === 'organisation' && !s.entity.place);
  return body > seen.findLastIndex((s) => s.entity === holder);
}

/** Introduced by whose they are: "Brennan's lawyer", "its editor", "her manager". */
function knownAsAgent(e: Entity): boolean {
  return e.roles.some((r) => /^(its|his|her|their) /i.test(r) || /\S['’]s? \p{Ll}/u.test(r));
}

/** Words any firm or club is called by, whatever its name: "a spokeswoman for the company" is for the one in view. */
const ANY_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'club', 'team', 'band']);

/**
 * "a spokeswoman for the regulator" after "the Pensions Regulator said", "a spokesman for the company"
 * after "Oxbridge Water has apologised": the organisation's full name, as for an acronym, when the
 * article named one whose name ends with that noun or was called by it, or, for a word any firm is
 * called by, the organisation in view.
 */
function withOrganisationName(text: string, antecedents: Antecedents, sentence: number): string {
  if (BARE_SPOKESPERSON.test(text)) {
    const body = organisationSpeakingJustBefore(antecedents, sentence);
    return body ? `${text} for ${body.definite ? 'the ' : ''}${body.name}` : text;
  }
  const modifier = /^(an?|one|another) (\p{Ll}+) (\p{Ll}+)$/u.exec(text);
  if (modifier && (ORGANISATION_ROLE_NOUNS.has(modifier[2]!) || BODY_SYNONYMS.has(modifier[2]!))) {
    // "a force spokesman", "a department spokesperson": the body in view by that noun, named in full.
    const named = bodyCalled(modifier[2]!, antecedents);
    return named ? `${article(named.name)} ${named.name} ${modifier[3]}` : text;
  }
  const complement = / (for|of|at) the (\p{Ll}+)$/u.exec(text);
  if (!complement) return text;
  const named = bodyCalled(complement[2]!, antecedents);
  if (!named) return text;
  return `${text.slice(0, complement.index)} ${complement[1]} ${named.definite ? 'the ' : ''}${named.name}`;
}

/** "a spokesman", "a spokeswoman": whose, the words do not say. */
const BARE_SPOKESPERSON = /^(an?|one|another) spokes(man|woman|person)$/;

/**
 * "The Retail Guild said rates were too high. “…,” a spokesman said.": a bare spokesperson speaks for the
 * organisation that was the subject of the latest clause, in this sentence or the one before. When the latest
 * subject is anyone else (a person, a place), whose spokesperson it is stays unsaid.
 */
function organisationSpeakingJustBefore(antecedents: Antecedents, sentence: number): Entity | undefined {
  const subject = antecedents.seen.findLast((s) => s.subject && s.entity !== undefined);
  const body = subject?.entity;
  if (!body || subject.sentence < sentence - 1) return undefined;
  // A lone capitalised word ("Sky", weak) is taken here too: it opened its clause, as "Fenwade has apologised".
  return body.kind === 'organisation' && !body.place && !body.plural ? body : undefined;
}

/**
 * The noun is the head of a body's name: its last word before any "of"/"for" ("Kent Police", "Department of
 * Health", "Royal College of Midwives").
 */
function calledBy(name: string, noun: string): boolean {
  const words = name.split(' ');
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (of < 0 ? words[words.length - 1] : words[of - 1]) === noun;
}

/** Nouns that call a body by another word than its name ends with: a police force is "the force". */
const BODY_SYNONYMS: ReadonlyMap<string, string> = new Map([['force', 'police']]);

/** "a" or "an" before a name, by its first letter as it is spoken in most names. */
function article(name: string): string {
  return /^[AEIOU]/.test(name) && !/^(Eu|Uni|One)/.test(name) ? 'an' : 'a';
}

/**
 * The body the article named whose name ends with this noun (or its synonym: "force" for "Kent Police") or
 * that it called by the noun, or for a word any firm is called by, the organisation in view.
 */
function bodyCalled(noun: string, antecedents: Antecedents): Entity | undefined {
  const ends = [noun, BODY_SYNONYMS.get(noun)].filter((n) => n !== undefined);
  const organisation = (e: Entity) => e.kind === 'organisation' && !e.place;
  const endsWithNoun = antecedents.recent(
    (e) => organisation(e) && e.name.includes(' ') && ends.some((n) => calledBy(e.name.toLowerCase(), n)),
    false,
  );
  // "a party spokesman" after "Labour said": a party is often named by its party words alone.
  const party = (e: Entity) => e.name.split(' ').every((w) => PARTY_WORDS.has(w.toLowerCase()));
  return (
    endsWithNoun ??
    antecedents.recent((e) => organisation(e) && e.roleNouns.has(noun), false) ??
    (noun === 'party' ? antecedents.recent((e) => organisation(e) && party(e), false) : undefined) ??
    (ANY_ORGANISATION_NOUNS.has(noun)
      ? (antecedents.recent((e) => organisation(e) && !e.plural && !e.weak, false) ??
        // "Fenwade has apologised": a lone word that opened its clause, as "the company said" would find it.
        antecedents.recent((e) => organisation(e) && !e.plural, true))
      : undefined)
  );
}

/** Nouns for a firm or a public body alike ("the group", "the organisation"). */
const EITHER_KIND_NOUNS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'body', 'network']);

/** An organisation named or called as a kind of body that is no firm ("Office of Fair Trading", "the GMB union"). */
function isPublicBody(e: Entity): boolean {
  const words = e.name.toLowerCase().split(' ');
  return words.some((w) => PUBLIC_BODY_NOUNS.has(w)) || [...e.roleNouns].some((n) => PUBLIC_BODY_NOUNS.has(n));
}

/**
 * The phrase names an office (OFFICES) and the person was given another one ("leader" for "the minister") or a
 * role that is none ("Ostrander's lawyer, Ann Brooks" is not "the judge").
 */
function holdsAnotherOffice(e: Entity, key: string): boolean {
  return OFFICES.has(key) && [...e.roleNouns].some((n) => n !== key && (OFFICES.has(n) || NON_OFFICE_ROLES.has(n)));
}

/** An unnamed source named as someone's agents ("Dale Ostrander's lawyers"). */
function isAgentsOf(e: Entity): boolean {
  const last = e.name.split(' ').pop() ?? '';
  return /['’]s /.test(e.name) && AGENT_PLURALS.has(last);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
