import { analyze } from '../../../lambdas/core/pipeline';
import { speakerKey } from '../../../lambdas/core/quotes/speaker-key';
import type { ArticleRecord, Quote, Speaker } from '../../../lambdas/core/article';
import type { NewsStore, StoredArticle } from '../../../lambdas/store/index';

export interface SeedQuote {
  text: string;
  speaker: string | null;
  role?: string;
}

/**
 * Store an article built from our own text, with the quotes we name (found
 * in the body by their text), so the Slack tests do not depend on how well
 * the quote finder does on a given text.
 */
export async function seedArticle(
  store: NewsStore,
  teamId: string,
  input: { text: string; url?: string; quotes?: SeedQuote[]; ingestedAt?: Date; publishedAt?: string },
): Promise<StoredArticle> {
  const record: ArticleRecord = analyze({ text: input.text, url: input.url });
  const quotes: Quote[] = (input.quotes ?? []).map((q) => {
    const start = record.body.indexOf(q.text);
    if (start < 0) throw new Error(`seed quote not in body: ${q.text}`);
    const paragraph = record.paragraphs.findIndex((p) => p.start <= start && start < p.end);
    return {
      text: q.text,
      start,
      end: start + q.text.length,
      speaker: q.speaker,
      speakerRole: q.role,
      partial: false,
      paragraph,
    };
  });
  const speakers: Speaker[] = [];
  for (const q of input.quotes ?? []) {
    if (!q.speaker || speakers.some((s) => s.name === q.speaker)) continue;
    speakers.push({ name: q.speaker, key: speakerKey(q.speaker), aliases: [q.speaker], role: q.role, kind: 'person' });
  }
  const { article } = await store.saveArticle(
    teamId,
    { ...record, url: input.url ?? record.url, publishedAt: input.publishedAt ?? record.publishedAt, quotes, speakers },
    {
      source: 'slack',
      ingestedAt: input.ingestedAt ?? new Date(),
    },
  );
  return article;
}
