/**
 * A page's markup held as a few strings in a row instead of one, for the
 * pages whose markup, once cut (markup-scan.ts), is too long for one ordinary
 * allocation.
 *
 * On this runtime (V8) a string of more than 128 KB (65,528 characters when
 * any character is beyond Latin-1, as on nearly every page) is not allocated
 * in the young generation with the other objects but on pages mapped for it
 * alone, and given back when it is collected: each new one is fresh memory,
 * and the first touch of each 4 KB of it costs a page fault. Joining the cut
 * markup of a 400 KB page was 2.4 ms of that on the evaluation machine (190
 * faults, about 12 µs each), a tenth of the time of the slowest pages of
 * extraction-dev-2, and nothing on a median page, whose cut markup is shorter.
 * Held as chunks under that size, the markup is parsed as it is (htmlparser2
 * takes a page in chunks) and read where the extraction reads it (offsets in
 * the whole), never joined on the common path.
 *
 * Short markup stays one string: `markupOf` gives a string whenever the whole
 * fits in one chunk, so most pages take exactly the path they took before.
 */

/** What the extraction reads of the markup: a string, or chunks that read as one. */
export interface MarkupText {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  indexOf(search: string, from?: number): number;
  includes(search: string): boolean;
}

/**
 * The longest chunk: a two-byte string of this length (64 KB) is an ordinary
 * allocation (the limit is 65,528 characters), with room to spare for a tag
 * cut by a chunk's end that depth.ts reads again joined to the next chunk.
 */
export const MAX_CHUNK_CHARS = 32_768;

/** The markup whose pieces are `parts`, in order: one string when it fits in a chunk, else chunks of at most `maxChunk`. */
export function markupOf(parts: readonly string[], maxChunk = MAX_CHUNK_CHARS): MarkupText {
  let length = 0;
  for (const part of parts) length += part.length;
  if (length <= maxChunk) return parts.length === 1 ? parts[0]! : parts.join('');
  const chunks: string[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  for (const part of parts) {
    let from = 0;
    while (from < part.length) {
      const take = Math.min(part.length - from, maxChunk - pendingLength);
      pending.push(from === 0 && take === part.length ? part : part.slice(from, from + take));
      pendingLength += take;
      from += take;
      if (pendingLength === maxChunk) {
        chunks.push(pending.join(''));
        pending = [];
        pendingLength = 0;
      }
    }
  }
  if (pendingLength > 0) chunks.push(pending.join(''));
  return new MarkupChunks(chunks);
}

/** The chunks to hand a parser, in order. */
export function chunksOf(markup: MarkupText): readonly string[] {
  return markup instanceof MarkupChunks ? markup.chunks : [String(markup)];
}

/**
 * Whether `pattern` (without the g or y flag) matches anywhere in the
 * markup, a match across a chunk's end included; `longest`: the most
 * characters a match of it spans.
 */
export function matchesAnywhere(markup: MarkupText, pattern: RegExp, longest: number): boolean {
  const chunks = chunksOf(markup);
  let at = 0;
  for (const chunk of chunks) {
    // Within the chunk, or starting in its last `longest - 1` characters and running on into the next.
    const end = at + chunk.length;
    if (
      pattern.test(chunk) ||
      (end < markup.length && pattern.test(markup.slice(Math.max(0, end - longest + 1), end + longest - 1)))
    )
      return true;
    at = end;
  }
  return false;
}

/** The markup as chunks (a string as one chunk): reads with one kind of receiver, whatever the page. */
export function asChunks(markup: MarkupText): MarkupChunks {
  return markup instanceof MarkupChunks ? markup : new MarkupChunks([String(markup)]);
}

/** Whether `offset` is where a chunk other than the first starts (a parser reading the chunks may break text there). */
export function startsChunk(markup: MarkupText, offset: number): boolean {
  return markup instanceof MarkupChunks && offset > 0 && markup.chunkAt(offset) === offset;
}

/** Markup as chunks; reads as the string they join into, which is made only by `toString`. */
export class MarkupChunks implements MarkupText {
  readonly length: number;
  /** Where each chunk starts in the whole. */
  private readonly starts: number[];
  // The chunk last read, and where it lies: reads near each other stay in it.
  private current = '';
  private currentStart = 0;
  private currentEnd = 0;
  private joined: string | undefined;

  constructor(readonly chunks: readonly string[]) {
    this.starts = [];
    let at = 0;
    for (const chunk of chunks) {
      this.starts.push(at);
      at += chunk.length;
    }
    this.length = at;
  }

  /** Where the chunk holding `offset` starts (0 <= offset < length). */
  chunkAt(offset: number): number {
    return this.starts[this.chunkIndex(offset)]!;
  }

  private chunkIndex(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  charCodeAt(index: number): number {
    if (index < this.currentStart || index >= this.currentEnd) {
      if (!(index >= 0 && index < this.length)) return Number.NaN;
      const i = this.chunkIndex(index);
      this.current = this.chunks[i]!;
      this.currentStart = this.starts[i]!;
      this.currentEnd = this.currentStart + this.current.length;
    }
    return this.current.charCodeAt(index - this.currentStart);
  }

  slice(start = 0, end = this.length): string {
    const from = clamp(start, this.length);
    const to = clamp(end, this.length);
    if (to <= from) return '';
    const first = this.chunkIndex(from);
    const firstStart = this.starts[first]!;
    if (to <= firstStart + this.chunks[first]!.length)
      return this.chunks[first]!.slice(from - firstStart, to - firstStart);
    const pieces: string[] = [];
    for (let i = first; i < this.chunks.length && this.starts[i]! < to; i++) {
      const chunkStart = this.starts[i]!;
      pieces.push(this.chunks[i]!.slice(Math.max(0, from - chunkStart), to - chunkStart));
    }
    return pieces.join('');
  }

  indexOf(search: string, from = 0): number {
    const start = Math.max(0, Math.min(from, this.length));
    if (search.length === 0) return start;
    for (let i = start < this.length ? this.chunkIndex(start) : this.chunks.length; i < this.chunks.length; i++) {
      const chunkStart = this.starts[i]!;
      const found = this.chunks[i]!.indexOf(search, Math.max(0, start - chunkStart));
      if (found >= 0) return chunkStart + found;
      // A match that runs over into the next chunk starts in the last `search.length - 1` characters of this one.
      const chunkEnd = chunkStart + this.chunks[i]!.length;
      if (search.length > 1 && chunkEnd < this.length) {
        const windowStart = Math.max(start, chunkEnd - search.length + 1);
        const across = this.slice(windowStart, chunkEnd + search.length - 1).indexOf(search);
        if (across >= 0) return windowStart + across;
      }
    }
    return -1;
  }

  includes(search: string): boolean {
    return this.indexOf(search) >= 0;
  }

  toString(): string {
    this.joined ??= this.chunks.join('');
    return this.joined;
  }
}

function clamp(offset: number, length: number): number {
  return offset < 0 ? Math.max(0, length + offset) : Math.min(offset, length);
}
