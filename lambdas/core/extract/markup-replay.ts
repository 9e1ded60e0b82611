import { DocumentBuilder } from './linkedom-builder';
import { CDATA_END, CDATA_START, CLOSE, COMMENT, DECLARATION, KIND_BITS, OPEN, TEXT } from './markup-events';
import type { MarkupTree } from './markup-tree';

/**
 * The page chrome-before-parse.ts would hand linkedom as a string (spans
 * cut, elements marked, listings written as their text), built instead from
 * the events of the read it was judged on (markup-tree.ts): the document is
 * the one linkedom makes of that string, without tokenizing the page again
 * or joining the string at all.
 *
 * Reading the edited string, the parser would see the same events with
 * these differences, and they are made here:
 * - a cut element's events are gone; where text ran up to its start and text
 *   resumes at its end, the two are one text node (one run of characters
 *   between tags), unless either side is an entity, which the parser always
 *   reports on its own;
 * - a marked element's start tag has the mark as its first attribute;
 * - a written listing holds its text, escaped so that `&` and `<` are
 *   entities: runs of other characters, each `&` or `<` a text node of its own.
 */
export interface ReplayEdits {
  /** Elements whose span is cut, in document order, none inside another. */
  cut: readonly number[];
  /** Elements given the attribute `mark`. */
  marked: readonly number[];
  mark: string;
  /** The listings written as their text, by element. */
  listings: ReadonlyMap<number, string>;
}

/** The document, or undefined when the events cannot be replayed (see `ParseEvents.complete`, `DocumentBuilder.create`). */
export function replayWithEdits(tree: MarkupTree, edits: ReplayEdits): Document | undefined {
  const events = tree.events;
  if (!events.complete) return undefined;
  const builder = DocumentBuilder.create();
  if (!builder) return undefined;
  const cut = new Uint8Array(tree.count);
  for (const i of edits.cut) cut[i] = 1;
  const marked = new Uint8Array(tree.count);
  for (const i of edits.marked) marked[i] = 1;
  const { codes, strings, sourceStarts, sourceEnds } = events;

  // Text is held back until the next other event, so that text after a cut can join it.
  let pending: string | undefined;
  // Where the held text's characters end in the page (-1: an entity, which joins nothing).
  let pendingEnd = -1;
  // Where text must start to join the held text: the end of the cut it ran up to (-1: none).
  let joinAt = -1;
  const flush = () => {
    if (pending !== undefined) builder.text(pending);
    pending = undefined;
    joinAt = -1;
  };
  /** The index of element `i`'s close event, from its open event at `e`. */
  const closeOf = (e: number, i: number) => {
    const close = CLOSE | (i << KIND_BITS);
    while (codes[e] !== close) e++;
    return e;
  };

  for (let e = 0; e < codes.length; e++) {
    const code = codes[e]!;
    const kind = code & ((1 << KIND_BITS) - 1);
    const operand = code >>> KIND_BITS;
    if (kind === TEXT) {
      const start = sourceStarts[operand]!;
      if (pending !== undefined && start >= 0 && start === joinAt) {
        pending += strings[operand]!;
        pendingEnd = sourceEnds[operand]!;
        joinAt = -1;
      } else {
        flush();
        pending = strings[operand]!;
        pendingEnd = start >= 0 ? sourceEnds[operand]! : -1;
      }
      continue;
    }
    if (kind === OPEN && cut[operand]) {
      e = closeOf(e + 1, operand);
      const start = tree.starts[operand]!;
      if (pending !== undefined && (start === joinAt || (joinAt < 0 && start === pendingEnd && pendingEnd >= 0)))
        joinAt = tree.stops[operand]!;
      else flush();
      continue;
    }
    flush();
    switch (kind) {
      case OPEN: {
        const attributes = events.attributes[operand]!;
        builder.open(tree.names[operand]!, marked[operand] ? { [edits.mark]: '', ...attributes } : attributes);
        const listing = edits.listings.get(operand);
        if (listing !== undefined) {
          for (const piece of escapedPieces(listing)) builder.text(piece);
          e = closeOf(e + 1, operand);
          builder.close();
        }
        break;
      }
      case CLOSE:
        builder.close();
        break;
      case COMMENT:
        builder.comment(strings[operand]!);
        break;
      case DECLARATION:
        builder.declaration(strings[operand]!, strings[operand + 1]!);
        break;
      case CDATA_START:
        builder.cdata(true);
        break;
      case CDATA_END:
        builder.cdata(false);
        break;
    }
  }
  flush();
  return builder.document;
}

/** The text nodes the parser makes of `text` written with `&` and `<` as entities: each of those alone, the runs between. */
function escapedPieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 38 /* & */ && c !== 60 /* < */) continue;
    if (i > from) pieces.push(text.slice(from, i));
    pieces.push(text[i]!);
    from = i + 1;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}
