import { type Antecedents, compatible } from './antecedents';
import type { Entity, EntityRegistry } from './entities';
import { bodyCalledIts } from './role-agents';
import { organisationOf } from './role-organisation';
import type { RolePhrase } from './role-phrase';
import { isDocumentMention, type Mention } from './mention';
import type { Token } from './tokens';

/**
 * Written words speak for their author: "a BBC statement", "the council's ruling", "a statement on her website";
 * a document with no author in the phrase is the organisation's in view.
 */
export function documentsAuthor(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  if (phrase.owner?.entity) return phrase.owner.entity;
  if (phrase.modifier) return phrase.modifier;
  if (phrase.determiner === 'his' || phrase.determiner === 'her') {
    const gender = phrase.determiner === 'his' ? 'male' : 'female';
    return recent((e) => e.kind === 'person' && compatible(e, gender), true) ?? null;
  }
  // "Its quarterly survey found" after "The Retail Guild has urged the Bank to act": the body that was the
  // subject (as "its chief executive" is), not the latest body named.
  if (phrase.determiner === 'its') return bodyCalledIts(antecedents) ?? null;
  // "A statement said", "in a statement": a statement no one is said to own is nobody's yet (not the latest firm's).
  if (phrase.determiner === 'a' || phrase.determiner === 'an') return null;
  // "a World Bank report … the report said": the report already read, whose author is known.
  if (phrase.determiner === 'the') {
    const written = recent(
      (_e, s) => s.phrase !== undefined && sameKindOfDocument(s.phrase.head, phrase.head) && s.phrase !== phrase,
      false,
    );
    if (written) return written;
  }
  return organisationOf(phrase, antecedents, registry);
}

/**
 * Two document nouns for the same document: the same word, or one the other's last part ("her lawsuit … the
 * suit added", "an e-mail … the email").
 */
function sameKindOfDocument(a: string, b: string): boolean {
  const bare = (w: string) => w.replace(/-/g, '');
  return bare(a) === bare(b) || a.endsWith(b) || b.endsWith(a);
}

/**
 * "a report published by Analysys", "a court document filed by state attorney X": the one who wrote or put
 * out the document. Not "a memo obtained by Axios" or "a draft seen by Reuters": who holds a document
 * did not write it.
 */
const AUTHORING_PARTICIPLES: ReadonlySet<string> = new Set([
  'published',
  'filed',
  'issued',
  'released',
  'written',
  'signed',
  'sent',
  'posted',
  'prepared',
  'compiled',
  'produced',
]);

/**
 * "The report, by independent midwife Donna Okenden, found…": a document whose author follows it with "by"
 * is that author's, whatever was in view before. Set before coreference reads in order, as the author's
 * name comes after the document.
 */
export function creditDocumentsToAuthorsNamedAfter(mentions: readonly Mention[], tokens: readonly Token[]): void {
  const byFirst: ReadonlyMap<number, Mention> = new Map(mentions.map((m) => [m.first, m]));
  const byLast: ReadonlyMap<number, Mention> = new Map(mentions.map((m) => [m.last, m]));
  for (const m of mentions) {
    if (m.entity !== null || !isDocumentMention(m)) continue;
    const writer = authorBefore(byLast, tokens, m);
    if (writer) {
      m.entity = writer;
      continue;
    }
    let k = m.last + 1;
    if (tokens[k]?.text === ',') k++;
    if (AUTHORING_PARTICIPLES.has(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'by' || tokens[k]!.sentence !== m.sentence) continue;
    const author = authorAfterBy(byFirst, tokens, k + 1)?.entity;
    if (author && author.kind !== 'unnamed') m.entity = author;
  }
}

/**
 * "Thomas Slattery filed the suit", "the council issued a statement": a named person or body right before an
 * authoring verb wrote the document after it.
 */
function authorBefore(byLast: ReadonlyMap<number, Mention>, tokens: readonly Token[], m: Mention): Entity | undefined {
  const verb = tokens[m.first - 1];
  if (!verb || (!AUTHORING_PARTICIPLES.has(verb.lower) && verb.lower !== 'wrote') || verb.sentence !== m.sentence)
    return undefined;
  const author = byLast.get(m.first - 2)?.entity;
  return author && author.kind !== 'unnamed' ? author : undefined;
}

/** How many lower-case words may describe the author before its name ("by UK-based research consultancy X"). */
const DESCRIBING_WORDS = 4;

/** The mention right after "by", or after a few lower-case words describing it, in the same clause. */
function authorAfterBy(
  byFirst: ReadonlyMap<number, Mention>,
  tokens: readonly Token[],
  from: number,
): Mention | undefined {
  for (let k = from; k <= from + DESCRIBING_WORDS; k++) {
    const found = byFirst.get(k);
    if (found) return found;
    const t = tokens[k];
    // "UK-based", "Paris-based": a capitalised word joined to a describing one describes too.
    const describing = t?.word && (!t.cap || /-\p{Ll}+$/u.test(t.text));
    if (!describing || t.sentence !== tokens[from]?.sentence) return undefined;
  }
  return undefined;
}
