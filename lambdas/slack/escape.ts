import { stripInvisible } from '../core/invisible';

/**
 * Escape untrusted text for Slack's mrkdwn, without the invisible and
 * direction-changing characters (./invisible.ts) that could make it read as
 * something else. Slack reads `<...>` as mentions
 * (`<!channel>`, `<@U123>`) and links (`<https://evil|bank>`), so an article
 * could ping a whole channel or forge a link unless `&`, `<` and `>` are
 * escaped. Every text that comes from an article or a user goes through here.
 */
export function escapeText(text: string): string {
  return stripInvisible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The longest URL written as a link. A page's address can run to thousands of
 * characters (a query string); a link that long leaves no room in a section
 * (3,000 characters) for its label and the text around it, and cut at the
 * limit it would show as a broken `<http…` instead of the title.
 */
export const LINK_URL_MAX = 1500;

/** A link whose label is untrusted; the URL must be http(s) and not over LINK_URL_MAX, or it is dropped. */
export function link(url: string | undefined, label: string): string {
  const safeLabel = escapeText(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\//i.test(url) || url.length > LINK_URL_MAX) return safeLabel;
  // `|` and `>` would end the URL part early; percent-encode them.
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${safeLabel}>`;
}
