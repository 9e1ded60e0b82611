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
    const written = recent((_e, s) => s.phrase?.head === phrase.head && s.phrase !== phrase, false);
    if (written) return written;
  }
  return organisationOf(phrase, antecedents, registry);
}

/**
 * "The report, by independent midwife Donna Okenden, found…": a document whose author follows it with "by"
 * is that author's, whatever was in view before. Set before coreference reads in order, as the author's
 * name comes after the document.
 */
export function creditDocumentsToAuthorsNamedAfter(mentions: readonly Mention[], tokens: readonly Token[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    if (m.entity !== null || !isDocumentMention(m)) continue;
    let k = m.last + 1;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower !== 'by' || tokens[k]!.sentence !== m.sentence) continue;
    const author = byFirst.get(k + 1)?.entity;
    if (author && author.kind !== 'unnamed') m.entity = author;
  }
}
