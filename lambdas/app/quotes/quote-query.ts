import * as z from 'zod/mini';

/**
 * What `/news quote …` asks for: a speaker's name (`quote Kerry`) or, in
 * quotation marks, a phrase someone said (`quote "climate deal"`). Straight,
 * curly and single quotation marks all work, as people type them all.
 */
export const QuoteQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('speaker'), name: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)) }),
  z.object({ kind: z.literal('phrase'), phrase: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)) }),
  // Never typed as such: a speaker query that names nobody but is a role ("the mayor") is answered as one.
  z.object({ kind: z.literal('role'), role: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)) }),
]);
export type QuoteQuery = z.infer<typeof QuoteQuerySchema>;

const QUOTED = /^(?:"([^"]*)"?|“([^”]*)”?|„([^“”]*)[“”]?|'([^']*)'?|‘([^’]*)’?|«\s*([^»]*?)\s*»?)$/;

export function parseQuoteQuery(args: string): ReturnType<typeof QuoteQuerySchema.safeParse> {
  const text = args.trim();
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const phrase = quoted.slice(1).find((group) => group !== undefined) ?? '';
    return QuoteQuerySchema.safeParse({ kind: 'phrase', phrase: phrase.replace(/\s+/g, ' ') });
  }
  // "by Kerry", "@Kerry": people add these; neither is part of a name.
  const name = text
    .replace(/^(?:by|from)\s+/i, '')
    .replace(/^@/, '')
    .replace(/\s+/g, ' ');
  return QuoteQuerySchema.safeParse({ kind: 'speaker', name });
}
