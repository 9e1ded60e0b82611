import type { Summary } from '../../core/article';
import type { StoredArticle } from '../../store/index';
import { escapeText, link } from '../escape';
import { displayTitle } from '../../core/display-title';
import { articleButtons } from './article-buttons';
import { context, formatDate, section } from './limits';
import type { KnownBlock } from '@slack/types';
import { sourceLabel } from './source-label';

/** The "Full summary" answer: the longer summary and who speaks in the article, with roles. */
export function fullSummaryView(article: StoredArticle, summary: Summary): { text: string; blocks: KnownBlock[] } {
  const title = displayTitle(article);
  const meta = [sourceLabel(article), formatDate(article.publishedAt), `id \`${escapeText(article.id)}\``];
  const blocks: KnownBlock[] = [
    section(`*Full summary: ${link(article.url, title)}*`),
    context(meta.filter(Boolean).join(' · ')),
  ];
  if (summary.tldr) blocks.push(section(`*In short:* ${escapeText(summary.tldr)}`));
  // One section per sentence keeps a long summary far from the 3,000-character limit.
  for (const sentence of summary.sentences) blocks.push(section(`• ${escapeText(sentence.text)}`));
  const speakers = article.speakers.filter((s) => s.kind !== 'unnamed').slice(0, 10);
  if (speakers.length) {
    const names = speakers.map((s) => escapeText(s.role ? `${s.name} (${s.role})` : s.name)).join(', ');
    blocks.push(context(`Speaking: ${names}`));
  }
  const row = articleButtons(article.id, { share: false });
  if (row) blocks.push(row);
  return { text: `Full summary: ${escapeText(title)}`, blocks };
}
