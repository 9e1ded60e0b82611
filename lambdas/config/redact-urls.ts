/** An http(s) URL inside any text: up to whitespace, a quote or an angle bracket. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/gi;

/**
 * Text with every URL cut to its scheme and host: paths and query strings
 * carry tokens (a private feed's `?key=…`, a response_url's signature), and a
 * log is read by more people than the link was meant for. The host is kept,
 * so a line still says which site failed.
 */
export function redactUrls(text: string): string {
  if (!/https?:\/\//i.test(text)) return text;
  return text.replace(URL_IN_TEXT, (url) => {
    try {
      const parsed = new URL(url);
      const rest = parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username ? '/…' : '';
      return `${parsed.protocol}//${parsed.host}${rest}`;
    } catch {
      return 'a URL';
    }
  });
}
