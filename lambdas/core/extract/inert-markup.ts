/**
 * Markup that never becomes article text, cut from the HTML string before it
 * is parsed: code (`<script>` other than JSON-LD, which the metadata reads),
 * `<style>` sheets, inline `<svg>` drawings and comments. On modern pages they
 * are most of the bytes (one page of the dev set is 1.1 MB of inline CSS), and
 * every one of their nodes would be built, walked by each selector and by
 * Readability, then thrown away.
 *
 * Each element ends where an HTML parser ends it: at the first closing tag of
 * its name (a script's "</script>" inside a string ends it too). The scan is
 * one pass of indexOf: an element left open makes the rest of the page stay
 * as it is, never a rescan.
 */
// `[^<>]*`: a page of "<script<script…" without a `>` must not be rescanned from every `<`.
const INERT = /<(script|style|svg)\b([^<>]*)>|<!--(?:-?>)?/gi;

function isJsonLd(attributes: string): boolean {
  return /\btype\s*=\s*["']?application\/ld\+json/i.test(attributes);
}

/**
 * The closing tag of each cut element, found case-insensitively in the page
 * itself: a lower-cased copy of the page cost more than the rest of the scan
 * (V8 lower-cases a page with any character beyond Latin-1 one character at a
 * time), and its offsets can drift from the page's ("İ" lower-cases to two characters).
 */
const CLOSING = { script: /<\/script/gi, style: /<\/style/gi, svg: /<\/svg/gi } as const;

/** Where the element whose start tag ends at `from` is closed: the index of its closing tag, or -1. */
function closingTagAt(html: string, name: keyof typeof CLOSING, from: number): number {
  const closing = CLOSING[name];
  closing.lastIndex = from;
  return closing.exec(html)?.index ?? -1;
}

export function withoutInertMarkup(html: string): string {
  const kept: string[] = [];
  let from = 0;
  INERT.lastIndex = 0;
  for (let m = INERT.exec(html); m; m = INERT.exec(html)) {
    const name = m[1]?.toLowerCase() as keyof typeof CLOSING | undefined;
    const afterTag = m.index + m[0].length;
    // "<!-->" and "<!--->" are whole (empty) comments.
    const end = name
      ? closingTagAt(html, name, afterTag)
      : m[0].length > 4
        ? afterTag - 3
        : html.indexOf('-->', afterTag);
    if (end < 0) break;
    const after = name ? html.indexOf('>', end) + 1 : end + 3;
    if (after <= 0) break;
    if (name === 'script' && isJsonLd(m[2] ?? '')) {
      INERT.lastIndex = after;
      continue;
    }
    kept.push(html.slice(from, m.index));
    from = after;
    INERT.lastIndex = after;
  }
  if (from === 0) return html;
  kept.push(html.slice(from));
  return kept.join('');
}
