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

/** A link whose label is untrusted; the URL must be http(s) or it is dropped. */
export function link(url: string | undefined, label: string): string {
  const safeLabel = escapeText(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\//i.test(url)) return safeLabel;
  // `|` and `>` would end the URL part early; percent-encode them.
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${safeLabel}>`;
}
