import { siteHost } from './article-url';

/**
 * The site name a card may show. A page declares its own name (og:site_name),
 * and any page can declare any name: a page on one host calling itself
 * "Reuters" would put that name on cards, lists and digests beside a link
 * that goes elsewhere. So a declared name stands alone only when the host it
 * was fetched from bears it out; otherwise the host, which is always true, is
 * shown beside it. (On the two extraction corpora, 85% of declared names
 * stand alone; the rest are mostly short hosts, chron.com for the Houston
 * Chronicle, or names that are no site's, "Blog".)
 */

/** Words that name no one in particular: "The Times" and "Daily News" are not evidence of a host. */
const GENERIC_WORDS = new Set(
  (
    'the a an of and de la le el il der die das news daily online media live today times post journal ' +
    'magazine herald tribune press world network tv radio group com net org www'
  ).split(' '),
);

/** Words a name spelt as a host leaves out: "The Kestrel" is kestrel.example, "Kestrel.com" too. */
const NON_NAME_WORDS = new Set(['the', 'com', 'net', 'org', 'www']);

/** Letters that lose no mark under NFD but are spelt in Latin letters in host names. */
const LATIN_SPELLINGS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * Lower-case words of letters and digits, without diacritics. German hosts
 * spell an umlaut with an e ("Süddeutsche" on sueddeutsche.de), so with
 * `umlautAsE` ä, ö, ü become ae, oe, ue.
 */
function nameWords(text: string, umlautAsE: boolean): string[] {
  const lower = text.toLowerCase().replace(/[łøđıßæœþ]/g, (c) => LATIN_SPELLINGS[c] ?? c);
  const spelt = umlautAsE ? lower.replace(/[äöü]/g, (c) => `${c.normalize('NFD')[0]}e`) : lower;
  return spelt
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether the host bears the name out: every distinctive word of the name is
 * in the host ("BBC News" on bbc.co.uk, "The Guardian" on theguardian.com),
 * the name opens with a label of the host ("TODAY.com" on today.com), or one
 * of the host's labels spells the name's initials ("The New York Times"
 * on nytimes.com, "Associated Press" on apnews.com).
 */
export function hostBearsName(name: string, host: string): boolean {
  return [false, true].some((umlautAsE) => wordsBorneOut(nameWords(name, umlautAsE), host));
}

function wordsBorneOut(words: string[], host: string): boolean {
  const labels = host.toLowerCase().split('.').slice(0, -1);
  if (words.length === 0 || labels.length === 0) return false;
  const hostText = labels.join('.');
  const distinctive = words.filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
  if (distinctive.length > 0 && distinctive.every((w) => hostText.includes(w))) return true;
  const spelt = words.filter((w) => !NON_NAME_WORDS.has(w)).join('');
  if (labels.some((label) => opensName(label.replace(/-/g, ''), spelt))) return true;
  return labels.some((label) => spellsInitials(words, label.replace(/-/g, '')));
}

/**
 * The host's own name opens the declared one ("Business Insider Deutschland"
 * on businessinsider.com, "TODAY.com" on today.com). Only at the start: a
 * host named "wire" does not bear out "Reuters Wire".
 */
function opensName(label: string, spelt: string): boolean {
  return label === spelt || (label.length >= 4 && spelt.startsWith(label));
}

/**
 * A host label made of the name's initials: all of them ("wsj"), the first
 * few and the rest spelt out ("nytimes": New York + Times), or all of them and
 * a generic word ("apnews": Associated Press). An attacker's host that merely
 * opens with the initials does not count.
 */
function spellsInitials(words: string[], label: string): boolean {
  const named = words.filter((w) => w !== 'the');
  for (let k = 2; k <= named.length; k++) {
    const initials = named
      .slice(0, k)
      .map((w) => w[0])
      .join('');
    if (label === initials + named.slice(k).join('')) return true;
    if (k === named.length && label.startsWith(initials) && GENERIC_WORDS.has(label.slice(initials.length)))
      return true;
  }
  return false;
}

/**
 * The declared name when the host bears it out; else the name with the host
 * beside it ("Houston Chronicle (chron.com)"), so a claim never stands alone;
 * undefined when the page declared none.
 */
export function trustedSiteName(declared: string | undefined, fetchedUrl: string): string | undefined {
  const name = declared?.trim();
  if (!name) return undefined;
  const host = siteHost(fetchedUrl);
  if (host === undefined) return undefined;
  return hostBearsName(name, host) ? name : `${name} (${host})`;
}
