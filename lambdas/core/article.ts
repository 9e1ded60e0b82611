/**
 * The article record: what the ingest pipeline produces and every feature reads.
 *
 * All offsets (`start`, `end`) are UTF-16 code-unit indices into `body`, so
 * `body.slice(start, end)` gives back the exact text a span claims.
 * `body` is the story paragraphs joined by a blank line ("\n\n").
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

export interface Paragraph extends Span {
  text: string;
}

export interface ArticleMeta {
  title?: string;
  byline?: string;
  /** ISO-8601 instant. */
  publishedAt?: string;
  site?: string;
  url?: string;
  language?: string;
}

/** An article after cleaning: metadata, the body and where its parts lie. */
export interface CleanArticle extends ArticleMeta {
  body: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface SummarySentence extends Span {
  text: string;
}

export interface Summary {
  headline: string;
  sentences: SummarySentence[];
  tldr: string;
}

export interface Quote extends Span {
  /** The quoted words exactly as in the body: `body.slice(start, end)`. */
  text: string;
  /** Canonical name of the speaker in this article, or null when nobody is attributable. */
  speaker: string | null;
  speakerRole?: string;
  /** A phrase quoted inside the reporter's own sentence. */
  partial: boolean;
  /** Index of the paragraph where the quote starts. */
  paragraph: number;
  /** How sure the finder is of its best guess at the speaker (0 to 1); below the model threshold the speaker is null. Absent when there was no guess. */
  confidence?: number;
}

/** One person (or organisation) who speaks in an article. */
export interface Speaker {
  /** Canonical name, e.g. "John Kerry". */
  name: string;
  /** Normalized lookup key shared across articles, e.g. "kerry". */
  key: string;
  /** Every form the article uses, e.g. "Kerry", "Secretary of State John Kerry". */
  aliases: string[];
  role?: string;
  kind: 'person' | 'organisation' | 'unnamed';
}

/** The complete record the pipeline produces. */
export interface ArticleRecord extends CleanArticle {
  summary: Summary;
  quotes: Quote[];
  speakers: Speaker[];
}
