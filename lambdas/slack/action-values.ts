import * as z from 'zod/mini';

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

const ARTICLE_ID = z.string().check(z.regex(/^[a-z0-9]{4,16}$/));
const QUERY = z.string().check(z.minLength(1), z.maxLength(200));
const CURSOR = z.string().check(z.maxLength(1800));

/** The article a card button is about. */
export const ArticleButtonValue = z.object({ id: ARTICLE_ID });

/** Where a "Show more" button resumes: which listing, its query and the store's cursor (or an offset). */
export const MoreButtonValue = z.discriminatedUnion('l', [
  z.object({ l: z.literal('speaker'), q: QUERY, c: CURSOR }),
  z.object({ l: z.literal('phrase'), q: QUERY, c: CURSOR }),
  z.object({ l: z.literal('role'), q: QUERY, c: CURSOR }),
  z.object({ l: z.literal('latest'), c: CURSOR }),
  z.object({ l: z.literal('search'), q: QUERY, c: CURSOR }),
  z.object({ l: z.literal('article-quotes'), id: ARTICLE_ID, o: z.int().check(z.gte(0), z.lte(10_000)) }),
]);
export type MoreButtonValue = z.infer<typeof MoreButtonValue>;

export function articleValue(id: string): string {
  return JSON.stringify({ id });
}

export function moreValue(value: MoreButtonValue): string {
  return JSON.stringify(value);
}

/** Parse a button value as JSON against `schema`; undefined when it is not one of ours. */
export function readValue<T>(schema: z.ZodMiniType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
