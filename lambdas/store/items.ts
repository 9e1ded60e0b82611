import { z } from 'zod';
import { CorruptItemError } from './errors';

/**
 * The shapes of items as they come back from the table. Every read goes
 * through one of these schemas, so a bad item (an old layout, a foreign
 * writer, a bug) fails loudly at the boundary instead of deep in a handler.
 * Key attributes are not repeated here: readers never need them.
 */

const bytes = z.instanceof(Uint8Array);
const isoString = z.string().min(1);

const spanFields = { start: z.number(), end: z.number() };

export const quoteSchema = z.object({
  text: z.string(),
  ...spanFields,
  speaker: z.string().nullable(),
  speakerRole: z.string().optional(),
  partial: z.boolean(),
  paragraph: z.number(),
});

export const speakerSchema = z.object({
  name: z.string(),
  key: z.string(),
  aliases: z.array(z.string()),
  role: z.string().optional(),
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
  details: articleDetailsSchema.optional(),
});

export const articleHeadSchema = z.object({
  id: z.string(),
  /** What the id was derived from ("url:…" or "body:…"), to detect an id collision. */
  identity: z.string(),
  title: z.string().optional(),
  byline: z.string().optional(),
  url: z.string().optional(),
  canonicalUrl: z.string().optional(),
  site: z.string().optional(),
  language: z.string().optional(),
  publishedAt: z.string().optional(),
  ingestedAt: isoString,
  source: z.enum(['slack', 'feed', 'sample']),
  feedUrl: z.string().optional(),
  feedId: z.string().optional(),
  bodyHash: z.string(),
  bodyChunks: z.int().min(1),
  details: bytes,
});
export type ArticleHeadItem = z.infer<typeof articleHeadSchema>;

export const bodyChunkSchema = z.object({ SK: z.string(), data: bytes });

export const bodyClaimSchema = z.object({
  articleId: z.string(),
  claimedAt: isoString,
  token: z.string(),
  published: z.boolean().optional(),
});

/** Citation fields every quote index item carries, so a hit needs no second read. */
const citation = {
  articleId: z.string(),
  articleTitle: z.string(),
  articleUrl: z.string().optional(),
  site: z.string().optional(),
  date: isoString,
};

export const speakerQuotesSchema = z.object({
  ...citation,
  speakerKey: z.string(),
  speaker: z.string(),
  speakerRole: z.string().optional(),
  quotes: z.array(z.object({ text: z.string(), partial: z.boolean(), speakerRole: z.string().optional() })),
});

export const quoteTextSchema = z.object({
  ...citation,
  quotes: z.array(
    z.object({ text: z.string(), speaker: z.string().nullable(), speakerRole: z.string().optional(), partial: z.boolean() }),
  ),
});

export const termItemSchema = z.object({ articleId: z.string() });

export const feedEntrySchema = z.object({ articleId: z.string(), feedId: z.string() });

export const speakerDirectorySchema = z.object({ speakerKey: z.string(), name: z.string() });

export const subscriptionSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  feedUrl: z.string(),
  title: z.string().optional(),
  subscribedAt: isoString,
});

export const feedStateSchema = z.object({
  feedUrl: z.string(),
  title: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  nextPollAt: isoString,
  failures: z.number().default(0),
  lastError: z.string().optional(),
  notifiedFailure: z.boolean().default(false),
});

export const digestScheduleSchema = z.object({
  kind: z.enum(['daily', 'weekdays']),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  tz: z.string(),
});

export const digestSettingsSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  schedule: digestScheduleSchema.nullable().default(null),
  nextDueAt: z.string().optional(),
  lastSentAt: z.string().optional(),
  lastSentPeriod: z.string().optional(),
  paused: z.boolean().default(false),
  pauseReason: z.string().optional(),
});

export const digestRunSchema = z.object({
  status: z.enum(['in-progress', 'sent']),
  claimedAt: isoString,
});

/** Parse an item read back; a mismatch is a CorruptItemError naming what was read. */
export function parseItem<S extends z.ZodType>(schema: S, item: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    throw new CorruptItemError(`${what} item has an unexpected shape: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}
