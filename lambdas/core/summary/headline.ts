/**
 * The summary's headline: the article's own title when it has one (minus a
 * trailing site name), otherwise one written from the summary's lead
 * sentence: its main clause, without the attribution, at most a dozen or so
 * words.
 */

/** Longest generated headline, in words. */
const MAX_HEADLINE_WORDS = 14;

/** "Kerry meets Lavrov | VOA News" → "Kerry meets Lavrov": a short tail naming the site. */
function dropSiteName(title: string, site?: string): string {
  const m = /^(.{12,}?)\s+(?:\||-|–|—|::)\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.trim().toLowerCase();
  const isSite =
    (site !== undefined && site.trim() !== '' && tail.includes(site.trim().toLowerCase())) ||
    /\b(?:news|times|post|online|herald|journal|tribune|guardian|bbc|cnn|reuters|\.com)\b/.test(tail);
  return isSite ? m[1]!.trim() : title;
}

/** Cut a sentence to a headline-sized main clause. */
export function headlineFromSentence(sentence: string): string {
  let text = sentence.trim().replace(/[.!?…]+["'”’]*$/, '');
  // "..., police said on Friday" / "..., according to officials": the attribution is no headline.
  text = text.replace(/,\s+(?:according to\b.*|(?:[\p{L}'’.-]+\s+){1,5}(?:said|says|told|reported|announced)\b[^,]*)$/u, '');
  const words = text.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS) {
    // Prefer ending at a clause boundary within the limit.
    const head = words.slice(0, MAX_HEADLINE_WORDS).join(' ');
    const clause = /^(.{20,}?)(?:,|;|:|\s—|\s–|\s--)\s/u.exec(head);
    text = clause ? clause[1]! : head + '…';
  }
  text = text.replace(/^["'“‘]+|["'”’]+$/g, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function headline(title: string | undefined, leadSentence: string | undefined, site?: string): string {
  const clean = title?.replace(/\s+/g, ' ').trim();
  if (clean) return dropSiteName(clean, site);
  return leadSentence ? headlineFromSentence(leadSentence) : '';
}
