import type { ArticleRecord, Paragraph, Quote, Sentence, Speaker } from '../../lambdas/core/article';
import { speakerKey } from '../../lambdas/core/quotes/speaker-key';

/**
 * Article records for store tests, with spans that really point into the
 * body (the store does not check them, but a record should be what the
 * pipeline would produce).
 */
export interface ArticleSpec {
  title?: string;
  url?: string;
  publishedAt?: string;
  site?: string;
  /** Paragraphs of reporter's prose; quotes are appended as their own paragraphs. */
  paragraphs?: string[];
  quotes?: { text: string; speaker: string | null; role?: string; partial?: boolean; confidence?: number }[];
  /** Replace the whole body (no quotes placed in it). */
  body?: string;
}

export function makeArticle(spec: ArticleSpec = {}): ArticleRecord {
  const prose = spec.paragraphs ?? [
    'The council met on Tuesday to discuss the budget.',
    'Members debated for three hours.',
  ];
  const texts = [...prose];
  const quotePlacements: { index: number; q: NonNullable<ArticleSpec['quotes']>[number] }[] = [];
  for (const q of spec.quotes ?? []) {
    quotePlacements.push({ index: texts.length, q });
    texts.push(`“${q.text},” said ${q.speaker ?? 'a source'}.`);
  }
  const body = spec.body ?? texts.join('\n\n');
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  if (spec.body === undefined) {
    let offset = 0;
    texts.forEach((text, i) => {
      paragraphs.push({ text, start: offset, end: offset + text.length });
      sentences.push({ text, start: offset, end: offset + text.length, paragraph: i });
      const placed = quotePlacements.find((p) => p.index === i);
      if (placed) {
        const start = offset + 1;
        quotes.push({
          text: placed.q.text,
          start,
          end: start + placed.q.text.length,
          speaker: placed.q.speaker,
          speakerRole: placed.q.role,
          partial: placed.q.partial ?? false,
          paragraph: i,
          ...(placed.q.confidence === undefined ? {} : { confidence: placed.q.confidence }),
        });
      }
      offset += text.length + 2;
    });
  } else {
    paragraphs.push({ text: body, start: 0, end: body.length });
  }
  const speakers: Speaker[] = [];
  for (const q of spec.quotes ?? []) {
    if (q.speaker === null || speakers.some((s) => s.name === q.speaker)) continue;
    speakers.push({
      name: q.speaker,
      key: speakerKey(q.speaker, 'person'),
      aliases: [q.speaker],
      role: q.role,
      kind: 'person',
    });
  }
  const title = spec.title ?? 'Council debates the budget';
  const lead = sentences.slice(0, 2).map(({ text, start, end }) => ({ text, start, end }));
  return {
    title,
    url: spec.url,
    publishedAt: spec.publishedAt,
    site: spec.site,
    language: 'en',
    body,
    paragraphs,
    sentences,
    summary: { headline: title, sentences: lead, tldr: lead[0]?.text ?? '' },
    quotes,
    speakers,
  };
}
