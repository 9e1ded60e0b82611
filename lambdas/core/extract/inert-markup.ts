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

export function withoutInertMarkup(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let from = 0;
  INERT.lastIndex = 0;
  for (let m = INERT.exec(html); m; m = INERT.exec(html)) {
    const name = m[1]?.toLowerCase();
    const close = name ? `</${name}` : '-->';
    // "<!-->" and "<!--->" are whole (empty) comments.
    const end =
      !name && m[0].length > 4 ? m.index + m[0].length - close.length : lower.indexOf(close, m.index + m[0].length);
    if (end < 0) break;
    const after = name ? lower.indexOf('>', end) + 1 : end + close.length;
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
