/**
 * Feed text fields arrive in three shapes: plain text, HTML escaped into the
 * XML (`&lt;p&gt;` or a CDATA section), and inline XHTML (Atom `type="xhtml"`).
 * The parser hands us the raw inner XML of those fields (they are "stop
 * nodes"), and this file turns any of them into one line of plain text.
 */

import { textPrefix } from '../../core/text-prefix';

/** The XML-predefined entities plus the HTML ones that show up in feed titles and summaries. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  atilde: 'ã',
  otilde: 'õ',
  ecirc: 'ê',
  acirc: 'â',
  ocirc: 'ô',
};

/** Decode character references. Only a fixed table and numeric references: nothing here can expand recursively. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Inline elements sit inside words ("1930ft<sup>2</sup>"); every other tag is a word boundary. */
const INLINE_TAG = /^<\/?(a|abbr|b|code|em|font|i|mark|q|s|small|span|strong|sub|sup|u)\b/i;

/** Remove tags (and the contents of script/style), leaving spaces where block boundaries were. */
export function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[a-z/!?][^>]*>/gi, (tag) => (INLINE_TAG.test(tag) ? '' : ' '));
}

/**
 * Raw inner XML of a feed field → the markup it carries: CDATA sections are
 * taken verbatim, everything else is XML (real XHTML tags are dropped, then
 * the XML entities decoded, which turns escaped HTML into HTML).
 */
function xmlToMarkup(raw: string): string {
  let out = '';
  let rest = raw;
  for (;;) {
    const start = rest.indexOf('<![CDATA[');
    if (start < 0) break;
    const end = rest.indexOf(']]>', start + 9);
    out += decodeEntities(stripTags(rest.slice(0, start)));
    out += rest.slice(start + 9, end < 0 ? undefined : end);
    if (end < 0) return out;
    rest = rest.slice(end + 3);
  }
  return out + decodeEntities(stripTags(rest));
}

/** Collapse whitespace and cut at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = textPrefix(flat, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Plain text of a raw feed field. `markup` says whether the field holds HTML
 * (RSS descriptions, Atom type="html"/"xhtml"); titles and Atom type="text"
 * keep a literal "<" as text.
 */
export function fieldText(raw: string | undefined, options: { markup: boolean; max?: number }): string | undefined {
  if (raw === undefined) return undefined;
  let text = xmlToMarkup(raw);
  if (options.markup) text = decodeEntities(stripTags(text));
  const clipped = clip(text, options.max ?? 600);
  return clipped || undefined;
}
