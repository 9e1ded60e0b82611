import type { FeedFilter } from '../../store/index';
import { escapeText } from '../escape';

/** A feed's filter on one line, for `/news feeds` and the filter reply; empty when there is none. */
export function filterLine(filter: FeedFilter | undefined): string {
  const parts: string[] = [];
  if (filter?.include?.length)
    parts.push(`only items with ${filter.include.map((w) => `“${escapeText(w)}”`).join(' or ')}`);
  if (filter?.exclude?.length) parts.push(`none with ${filter.exclude.map((w) => `“${escapeText(w)}”`).join(' or ')}`);
  return parts.join('; ');
}
