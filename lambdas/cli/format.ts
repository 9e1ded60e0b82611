import type { ArticleRecord } from '../core/article';

/**
 * The article record as a person reads it in a terminal: metadata first,
 * then the summary and quotes (what NewsBot answers in Slack), then the
 * cleaned paragraphs so the reader can check nothing was lost.
 */
export function formatRecord(record: ArticleRecord): string {
  const lines: string[] = [];
  const field = (label: string, value: string | undefined) => lines.push(`${`${label}:`.padEnd(11)}${value ?? '—'}`);
  field('Title', record.title);
  field('Byline', record.byline);
  field('Published', record.publishedAt);
  field('Site', record.site);
  field('URL', record.url);
  field('Language', record.language);

  lines.push('', 'Summary');
  if (record.summary.tldr) lines.push(`  TL;DR: ${record.summary.tldr}`);
  for (const sentence of record.summary.sentences) lines.push(`  • ${sentence.text}`);
  if (!record.summary.tldr && record.summary.sentences.length === 0) lines.push('  (none)');

  lines.push('', `Quotes (${record.quotes.length})`);
  for (const quote of record.quotes) {
    const who = quote.speaker ? `${quote.speaker}${quote.speakerRole ? `, ${quote.speakerRole}` : ''}` : 'unattributed';
    lines.push(`  “${quote.text}” — ${who}${quote.partial ? ' (partial)' : ''}`);
  }

  if (record.speakers.length > 0) {
    lines.push('', `Speakers (${record.speakers.length})`);
    for (const speaker of record.speakers) {
      const others = speaker.aliases.filter((alias) => alias !== speaker.name);
      lines.push(
        `  ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}${others.length ? ` (also: ${others.join('; ')})` : ''}`,
      );
    }
  }

  lines.push('', `Paragraphs (${record.paragraphs.length}, ${record.sentences.length} sentences)`);
  for (const [index, paragraph] of record.paragraphs.entries()) lines.push(`  [${index + 1}] ${paragraph.text}`);
  return `${lines.join('\n')}\n`;
}
