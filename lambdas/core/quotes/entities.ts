import type { Gender } from './lexicon/pronouns';

/**
 * Who can speak in an article: people, organisations and unnamed sources,
 * each with every form the article uses for them. Mentions ("Mr Kerry",
 * "he", "the spokesman") point at one of these.
 */
export type EntityKind = 'person' | 'organisation' | 'unnamed';

export interface Entity {
  id: number;
  kind: EntityKind;
  /** Canonical name: the fullest personal name without titles, or the organisation's name. */
  name: string;
  /** Words of the personal name, lower-case ("john", "kerry"); empty for others. */
  nameWords: string[];
  /** Surface forms seen in the article. */
  aliases: string[];
  /** Role texts seen with the entity ("U.S. Secretary of State", "the White House spokesman"). */
  roles: string[];
  /** Head nouns of those roles, for "the spokesman said". */
  roleNouns: Set<string>;
  gender?: Gender;
  /** Known to be a person (title, role, given name, speech): a safe antecedent for "he"/"she". */
  confirmed: boolean;
  /** A place standing for its government: never "he" or "she". */
  place: boolean;
  /** A group spoken of in the plural ("police"), the usual antecedent of "they". */
  plural: boolean;
  /** A lone capitalised word taken for an organisation for want of anything better ("Gilan"). */
  weak: boolean;
  /** An organisation the article names with "the" ("the Pensions Regulator"), so a role phrase keeps it. */
  definite?: boolean;
  /**
   * Role phrases read as this person only as the person in focus ("the Conservative leader" → Michael Howard), by
   * role key, with the party the phrase named if any: a guess, kept apart from `roleNouns`, that the same role
   * said again follows.
   */
  guessedRoles?: Map<string, string | undefined>;
}

/** Abbreviated titles and the office they stand for: "Sen. Ana Ruiz" is "the senator" later on. */
const ABBREVIATED_OFFICES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['gov', 'governor'],
  ['rep', 'representative'],
  ['pres', 'president'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['capt', 'captain'],
  ['cmdr', 'commander'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['det', 'detective'],
  ['insp', 'inspector'],
  ['supt', 'superintendent'],
  ['amb', 'ambassador'],
  ['cllr', 'councillor'],
]);

/** "gov", "sen": a title written short, which always stands before a name. */
export function isAbbreviatedOffice(word: string): boolean {
  return ABBREVIATED_OFFICES.has(word);
}

/** One key per role for matching: spokesman, spokeswoman and spokesperson are one; "sen" is "senator". */
export function roleKey(noun: string): string {
  if (/^spokes(man|woman|person|people|men|women)$/.test(noun)) return 'spokes';
  return ABBREVIATED_OFFICES.get(noun) ?? noun;
}

export class EntityRegistry {
  readonly all: Entity[] = [];
  /** Organisations and unnamed sources by lower-case name and alias, so lookups stay constant-time in long articles. */
  private readonly named = new Map<string, Entity>();

  private index(entity: Entity, name: string): void {
    const key = `${entity.kind}:${name.toLowerCase()}`;
    if (!this.named.has(key)) this.named.set(key, entity);
  }

  /** Record another form of the entity's name, findable by `byName`. */
  alias(entity: Entity, alias: string): void {
    addAlias(entity, alias);
    this.index(entity, alias.trim());
  }

  create(kind: EntityKind, name: string, init: Partial<Entity> = {}): Entity {
    const entity: Entity = {
      id: this.all.length,
      kind,
      name,
      nameWords: [],
      aliases: [],
      roles: [],
      roleNouns: new Set(),
      confirmed: false,
      place: false,
      plural: false,
      weak: false,
      ...init,
    };
    this.all.push(entity);
    this.index(entity, name);
    return entity;
  }

  /** The organisation (or unnamed source) already known under this name, compared case-insensitively. */
  byName(kind: EntityKind, name: string): Entity | undefined {
    return this.named.get(`${kind}:${name.toLowerCase()}`);
  }
}

export function addAlias(entity: Entity, alias: string): void {
  const clean = alias.trim();
  if (clean && !entity.aliases.includes(clean)) entity.aliases.push(clean);
}

export function addRole(entity: Entity, role: string, head?: string): void {
  // "The council's chief engineer, Tomasz Lindqvist": the capital is the sentence's, not the role's; the role is
  // shown after the name ("Tomasz Lindqvist, the council's chief engineer").
  const clean = role
    .trim()
    .replace(/[,;:.]$/, '')
    .replace(/^(?:The|A|An)\s/, (determiner) => determiner.toLowerCase());
  if (clean && !entity.roles.includes(clean)) entity.roles.push(clean);
  if (head) entity.roleNouns.add(roleKey(head));
}

export function setGender(entity: Entity, gender: Gender | undefined): void {
  if (gender && !entity.gender) entity.gender = gender;
}
