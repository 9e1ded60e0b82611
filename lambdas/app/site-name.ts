import { siteHost } from './article-url';

/**
 * The site name a card may show. A page declares its own name (og:site_name),
 * and any page can declare any name: a page on one host calling itself
 * "Reuters" would put that name on cards, lists and digests beside a link
 * that goes elsewhere. So a declared name stands alone only when the host it
 * was fetched from bears it out; otherwise the host, which is always true, is
 * shown beside it. (Most declared names on the extraction corpora stand
 * alone; the rest are mostly names on a subdomain of another's domain, a blog
 * platform's or a university's, short hosts, chron.com for the Houston
 * Chronicle, or names that are no site's, "Blog".)
 */

/** Words that name no one in particular: "The Times" and "Daily News" are not evidence of a host. */
const GENERIC_WORDS = new Set(
  (
    'the a an of and de la le el il der die das news daily online media live today times post journal ' +
    'magazine mag herald tribune press world network tv radio group com net org www'
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
 * Whether the host bears the name out, judged on the label the host is
 * registered under (`ownerLabel`): every distinctive word of the name is in
 * it and it is made of the name's words ("BBC News" on bbc.co.uk, "The
 * Guardian" on theguardian.com), it is the name's first words ("TODAY.com" on
 * today.com), or it spells the name's initials ("The New York Times" on
 * nytimes.com, "Associated Press" on apnews.com).
 */
export function hostBearsName(name: string, host: string): boolean {
  return [false, true].some((umlautAsE) => wordsBorneOut(nameWords(name, umlautAsE), host));
}

function wordsBorneOut(words: string[], host: string): boolean {
  const label = ownerLabel(host)?.replace(/-/g, '');
  if (words.length === 0 || !label) return false;
  const distinctive = words.filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
  if (distinctive.length > 0 && distinctive.every((w) => label.includes(w)) && madeOf(label, words)) return true;
  if (
    opensName(
      label,
      words.filter((w) => !NON_NAME_WORDS.has(w)),
    )
  )
    return true;
  return spellsInitials(words, label);
}

/** Second-level labels of a country's domain that name no one: bbc.co.uk is "bbc"'s, abc.net.au is "abc"'s. */
const COUNTRY_SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'or', 'ne', 'go']);

/**
 * The label a host is registered under: the one before the top-level domain,
 * or before a country's second level ("co.uk"). Only the domain's owner
 * chooses it; the labels to its left are the owner's to make up, so
 * "reuters" in reuters.attacker.example says nothing of who runs it.
 * Undefined for an IP address.
 */
function ownerLabel(host: string): string | undefined {
  if (/^[\d.]+$|:/.test(host)) return undefined;
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return undefined;
  const [second, top] = labels.slice(-2) as [string, string];
  return labels.length >= 3 && top.length === 2 && COUNTRY_SECOND_LEVELS.has(second) ? labels.at(-3) : second;
}

/**
 * The label is the name's words run together, a generic word among them only
 * as the name writes it ("thedailybeast" for "The Daily Beast") or shortens
 * one of its words ("kestrelbaymag" for "Kestrel Bay Magazine"). A label
 * with letters of its own ("notreuters", "bbcalerts") bears out no name, nor
 * one padded with a generic word the name does not have: anyone can register
 * "reuters-news" or "reutersonline", and a copycat picks just such a host
 * (so "Guardian" on theguardian.com, "Smithsonian" on smithsonianmag.com are
 * shown with their host; their pages mostly declare "The Guardian").
 */
function madeOf(label: string, words: string[]): boolean {
  const shortened = [...GENERIC_WORDS].filter((g) => words.some((w) => w.startsWith(g)));
  const pieces = [...new Set([...words, ...shortened])];
  const reached = [true];
  for (let end = 1; end <= label.length; end++)
    reached[end] = pieces.some((p) => p.length <= end && reached[end - p.length] === true && label.endsWith(p, end));
  return reached[label.length] === true;
}

/**
 * The host's own name is the declared one's first words ("Business Insider
 * Deutschland" on businessinsider.com, "TODAY.com" on today.com). Whole words
 * at the start only: a host named "wire" does not bear out "Reuters Wire",
 * nor "reut" "Reuters".
 */
function opensName(label: string, words: string[]): boolean {
  for (let k = 1; k <= words.length; k++) if (words.slice(0, k).join('') === label) return true;
  return false;
}

/**
 * A host label made of the name's initials: all of them ("wsj"), or the
 * first few and the rest spelt out ("nytimes": New York + Times). A host
 * that opens with the initials and goes on with anything else ("nytnews",
 * "wsjdaily"; "apnews" bears out "AP News", not "Associated Press") does not
 * count.
 */
function spellsInitials(words: string[], label: string): boolean {
  const named = words.filter((w) => w !== 'the');
  for (let k = 2; k <= named.length; k++) {
    const initials = named
      .slice(0, k)
      .map((w) => w[0])
      .join('');
    if (label === initials + named.slice(k).join('')) return true;
  }
  return false;
}

/**
 * The declared name when the host bears it out; else the name with the host
 * beside it ("Houston Chronicle (chron.com)"), so a claim never stands alone;
 * the host alone when the name writes another site's address ("Reuters
 * (reuters.com)" on a copycat host would put a host of its own making before
 * ours); undefined when the page declared none.
 */
export function trustedSiteName(declared: string | undefined, fetchedUrl: string): string | undefined {
  const name = declared?.trim();
  if (!name) return undefined;
  const host = siteHost(fetchedUrl);
  if (host === undefined) return undefined;
  if (namesAnotherHost(name, host)) return host;
  return hostBearsName(name, host) ? name : `${name} (${host})`;
}

/** A host name written in a declared name: dotted words ending in letters ("JPost.com", "www.kestrel.example"). */
const WRITTEN_HOST = /(?<![\p{L}\p{N}.-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}.-])/gu;

/** Whether the name writes a host registered under another domain than the one the page came from. */
function namesAnotherHost(name: string, host: string): boolean {
  const own = registeredDomain(host);
  return [...name.matchAll(WRITTEN_HOST)].some((match) => {
    const written = siteHost(`http://${match[0]}/`);
    return written !== undefined && registeredDomain(written) !== own;
  });
}

/** The host's registered domain: its owner label and what follows it ("bbc.co.uk", "kestrel.example"). */
function registeredDomain(host: string): string {
  const labels = host.toLowerCase().split('.');
  const owner = ownerLabel(host);
  return owner === undefined ? host : labels.slice(labels.lastIndexOf(owner)).join('.');
}
