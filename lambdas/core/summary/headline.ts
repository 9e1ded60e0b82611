import { STOPWORDS } from './stopwords';

/**
 * The summary's headline: the article's own title when it has one (minus a
 * trailing site name), otherwise one written from the summary's lead
 * sentence: its first clause, without the attribution, about sixteen words
 * at most.
 */

/** Longest generated headline, in words (a first clause may run a little longer). */
const MAX_HEADLINE_WORDS = 16;

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
  text = text.replace(
    /,\s+(?:according to\b.*|(?:[\p{L}'’.-]+\s+){1,5}(?:said|says|told|reported|announced)\b[^,]*)$/u,
    '',
  );
  if (text.split(/\s+/).length > MAX_HEADLINE_WORDS) {
    // Prefer the first clause when it is not much longer than the limit.
    const clause = /^(.{20,}?)(?:,|;|:|\s—|\s–|\s--)\s/u.exec(text)?.[1];
    if (clause && clause.split(/\s+/).length <= MAX_HEADLINE_WORDS + 6) text = clause;
    else {
      const words = text.split(/\s+/).slice(0, MAX_HEADLINE_WORDS);
      // Never end on "the", "of", "and"...
      while (words.length > 1 && STOPWORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
      text = words.join(' ').replace(/[,;:]$/, '') + '…';
    }
  }
  text = text.replace(/^["'“‘]+|["'”’]+$/g, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function headline(title: string | undefined, leadSentence: string | undefined, site?: string): string {
  const clean = title?.replace(/\s+/g, ' ').trim();
  if (clean) return dropSiteName(clean, site);
  return leadSentence ? headlineFromSentence(leadSentence) : '';
}
