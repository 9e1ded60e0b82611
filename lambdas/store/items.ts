import * as z from 'zod/mini';
import { CorruptItemError } from './errors';

/**
 * The shapes of items as they come back from the table. Every read goes
 * through one of these schemas, so a bad item (an old layout, a foreign
 * writer, a bug) fails loudly at the boundary instead of deep in a handler.
 * Key attributes are not repeated here: readers never need them.
 */

// Any Uint8Array (z.instanceof would narrow it to one over a plain ArrayBuffer, which gzip output need not be).
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);
const isoString = z.string().check(z.minLength(1));

const spanFields = { start: z.number(), end: z.number() };

export const quoteSchema = z.object({
  text: z.string(),
  ...spanFields,
  speaker: z.nullable(z.string()),
  speakerRole: z.optional(z.string()),
  partial: z.boolean(),
  paragraph: z.number(),
  // The finder's confidence in the speaker: kept so a card read from the table gates its key quote as at ingest.
  confidence: z.optional(z.number()),
});

export const speakerSchema = z.object({
  name: z.string(),
  key: z.string(),
  aliases: z.array(z.string()),
  role: z.optional(z.string()),
  kind: z.enum(['person', 'organisation', 'unnamed']),
});

export const summarySchema = z.object({
  headline: z.string(),
  sentences: z.array(z.object({ text: z.string(), ...spanFields })),
  tldr: z.string(),
});

/** The gzip-packed `details` of an article head: what a listing shows besides the metadata. */
export const articleDetailsSchema = z.object({
  summary: summarySchema,
  quotes: z.array(quoteSchema),
  speakers: z.array(speakerSchema),
});

/** The gzip-packed body with its spans, split across `A#PART#…` items. */
export const articleContentSchema = z.object({
  body: z.string(),
  paragraphs: z.array(z.object({ text: z.string(), ...spanFields })),
  sentences: z.array(z.object({ text: z.string(), ...spanFields, paragraph: z.number() })),
  /** Present only when the details were too large for the head, which then carries a shortened copy. */
  details: z.optional(articleDetailsSchema),
});

export const articleHeadSchema = z.object({
  id: z.string(),
  /** What the id was derived from ("url:…" or "body:…"), to detect an id collision. */
  identity: z.string(),
  title: z.optional(z.string()),
  byline: z.optional(z.string()),
  url: z.optional(z.string()),
  canonicalUrl: z.optional(z.string()),
  site: z.optional(z.string()),
  language: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  ingestedAt: isoString,
  source: z.enum(['slack', 'feed', 'sample']),
  feedUrl: z.optional(z.string()),
  feedId: z.optional(z.string()),
  bodyHash: z.string(),
  bodyChunks: z.int().check(z.gte(1)),
  details: bytes,
});
export type ArticleHeadItem = z.infer<typeof articleHeadSchema>;

export const bodyChunkSchema = z.object({ SK: z.string(), data: bytes });

export const articleAliasSchema = z.object({ articleId: z.string(), url: z.string() });

export const bodyClaimSchema = z.object({
  articleId: z.string(),
  claimedAt: isoString,
  token: z.string(),
  published: z.optional(z.boolean()),
});

/** Citation fields every quote index item carries, so a hit needs no second read. */
const citation = {
  articleId: z.string(),
  articleTitle: z.string(),
  articleUrl: z.optional(z.string()),
  site: z.optional(z.string()),
  date: isoString,
  undated: z.optional(z.boolean()),
};

export const speakerQuotesSchema = z.object({
  ...citation,
  speakerKey: z.string(),
  speaker: z.string(),
  speakerRole: z.optional(z.string()),
  quotes: z.array(z.object({ text: z.string(), partial: z.boolean(), speakerRole: z.optional(z.string()) })),
});

export const quoteTextSchema = z.object({
  ...citation,
  quotes: z.array(
    z.object({
      text: z.string(),
      speaker: z.nullable(z.string()),
      speakerRole: z.optional(z.string()),
      partial: z.boolean(),
    }),
  ),
});

export const articleWordsSchema = z.object({
  ingestedAt: isoString,
  terms: z.array(z.string()),
  // The SEARCH_INDEX_VERSION the terms were made with; absent on word lists written before versions.
  v: z.optional(z.number()),
});

export const feedEntrySchema = z.object({ articleId: z.string(), feedId: z.string(), feedUrl: z.optional(z.string()) });

export const speakerDirectorySchema = z.object({ speakerKey: z.string(), name: z.string() });

export const subscriptionSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  feedUrl: z.string(),
  title: z.optional(z.string()),
  subscribedAt: isoString,
  filter: z.optional(z.object({ include: z.optional(z.array(z.string())), exclude: z.optional(z.array(z.string())) })),
});

export const feedStateSchema = z.object({
  feedUrl: z.string(),
  title: z.optional(z.string()),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  nextPollAt: isoString,
  failures: z._default(z.number(), 0),
  lastError: z.optional(z.string()),
  notifiedFailure: z._default(z.boolean(), false),
});

export const digestScheduleSchema = z.object({
  kind: z.enum(['daily', 'weekdays']),
  time: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  tz: z.string(),
  threaded: z.optional(z.boolean()),
});

export const digestSettingsSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  schedule: z._default(z.nullable(digestScheduleSchema), null),
  nextDueAt: z.optional(z.string()),
  lastSentAt: z.optional(z.string()),
  lastPostedAt: z.optional(z.string()),
  lastSentPeriod: z.optional(z.string()),
  paused: z._default(z.boolean(), false),
  pauseReason: z.optional(z.string()),
});

export const digestRunSchema = z.object({
  status: z.enum(['in-progress', 'sent']),
  claimedAt: isoString,
});

/**
 * What a writer puts in an item so that its reader's schema accepts it: the
 * schema's fields with their types, and any key or index attributes besides.
 * Writers state it with `satisfies`, so a field renamed or retyped on one side
 * fails the compile instead of a later read.
 */
export type WrittenItem<S extends z.ZodMiniType> = Record<string, unknown> & z.input<S>;

/** Parse an item read back; a mismatch is a CorruptItemError naming what was read. */
export function parseItem<S extends z.ZodMiniType>(schema: S, item: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    throw new CorruptItemError(`${what} item has an unexpected shape: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
