import { z } from 'zod';

/**
 * The buttons NewsBot puts on its messages: their `action_id`s and the
 * `value` each carries. A value comes back from Slack in a signed request,
 * but it is still parsed: an old message may carry a value from an older
 * version, and a parse failure must be a clear answer, not a crash.
 */
export const ACTION_IDS = {
  share: 'news_share',
  quotes: 'news_article_quotes',
  fullSummary: 'news_full_summary',
  more: 'news_more',
  card: 'news_article_card',
} as const;

/** The article a card button is about. */
export const ArticleButtonValue = z.object({ id: z.string().regex(/^[a-z0-9]{4,16}$/) });

/** Where a "Show more" button resumes: which listing, its query and the store's cursor (or an offset). */
export const MoreButtonValue = z.discriminatedUnion('l', [
  z.object({ l: z.literal('speaker'), q: z.string().min(1).max(200), c: z.string().max(1800) }),
  z.object({ l: z.literal('phrase'), q: z.string().min(1).max(200), c: z.string().max(1800) }),
  z.object({ l: z.literal('latest'), c: z.string().max(1800) }),
  z.object({ l: z.literal('search'), q: z.string().min(1).max(200), c: z.string().max(1800) }),
  z.object({ l: z.literal('article-quotes'), id: z.string().regex(/^[a-z0-9]{4,16}$/), o: z.number().int().min(0).max(10_000) }),
]);
export type MoreButtonValue = z.infer<typeof MoreButtonValue>;

export function articleValue(id: string): string {
  return JSON.stringify({ id });
}

export function moreValue(value: MoreButtonValue): string {
  return JSON.stringify(value);
}

/** Parse a button value as JSON against `schema`; undefined when it is not one of ours. */
export function readValue<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
