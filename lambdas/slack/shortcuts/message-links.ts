/**
 * The http(s) links of a Slack message, in order, each once. Slack writes a
 * link in a message's text as `<https://x>` or `<https://x|label>`, with
 * `&`, `<` and `>` escaped as entities; a message of an app may also carry a
 * bare URL. Mentions (`<@U1>`) and mailto links are not links to read.
 */
export function messageLinks(text: string): string[] {
  const found: string[] = [];
  const wrapped = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/gi;
  for (const match of text.matchAll(wrapped)) found.push(match[1]!);
  if (found.length === 0) for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>|]+/gi)) found.push(match[0]);
  const urls = found
    .map((raw) => raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    .filter((url) => URL.canParse(url))
    .map((url) => new URL(url).toString());
  return [...new Set(urls)];
}
