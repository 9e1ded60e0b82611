import { cutMarkup, startTagEnd } from './markup-scan';
import type { MarkupTree } from './markup-tree';

/**
 * streamed-html.ts's move, made in the markup: each streamed segment
 * (`<div hidden id="S:n">`) is written where its placeholder
 * (`<template id="B:n">`) stands, without its `hidden` attribute, as
 * streamed-html.ts moves it after parsing. So the page that
 * chrome-before-parse.ts judges has the order and the visibility the passes
 * after parsing see.
 *
 * Only simple cases are rewritten; otherwise undefined (the move is left to
 * streamed-html.ts): every segment and placeholder has a span that can be
 * moved cleanly (markup-tree.ts), none is inside another, and none holds what
 * the metadata is read from before the move (`holdsMetadata`), since the move
 * changes which of those comes first.
 */
export function withStreamedSegmentsRevealed(
  html: string,
  tree: MarkupTree,
  body: number,
  holdsMetadata: (i: number) => boolean,
): string | undefined {
  // Segments by the placeholder they go to (moved), and segments revealed where they stand.
  const movedTo = new Map<number, number>();
  const moved = new Set<number>();
  const inPlace = new Set<number>();
  const numbers = new Set<string>();
  for (let i = body + 1; i < tree.ends[body]!; i++) {
    if (!isStreamedSegment(tree, i)) continue;
    const n = SEGMENT_ID.exec(tree.ids[i]!)![1]!;
    if (numbers.has(n) || tree.starts[i]! < 0 || tree.stops[i]! < 0) return undefined;
    numbers.add(n);
    const placeholder = tree.ids.indexOf(`B:${n}`);
    // Without a placeholder, or with it inside, streamed-html.ts only unhides the segment.
    if (placeholder < 0 || (placeholder > i && placeholder < tree.ends[i]!)) {
      inPlace.add(i);
      continue;
    }
    // Moving a segment or removing its placeholder reorders the page: not past what the metadata reads first.
    if (tree.starts[placeholder]! < 0 || tree.stops[placeholder]! < 0 || movedTo.has(placeholder)) return undefined;
    if (holdsMetadata(i) || holdsMetadata(placeholder)) return undefined;
    movedTo.set(placeholder, i);
    moved.add(i);
  }
  if (moved.size + inPlace.size === 0) return undefined;
  const specials = [...movedTo.keys(), ...moved, ...inPlace].sort((x, y) => x - y);
  const writing = new Set<number>();
  const written = new Set<number>();
  // `html[from, to)` with each special element inside written as it ends up; false when a move loops.
  const write = (from: number, to: number, parts: string[]): boolean => {
    let copied = from;
    let after = -1;
    for (const i of specials) {
      const start = tree.starts[i]!;
      if (start < from || start >= to || i < after) continue;
      after = tree.ends[i]!;
      parts.push(html.slice(copied, start));
      copied = tree.stops[i]!;
      if (moved.has(i)) continue;
      const segment = movedTo.get(i) ?? i;
      if (writing.has(segment)) return false;
      writing.add(segment);
      written.add(segment);
      const tagEnd = startTagEnd(html, tree.starts[segment]!);
      if (tagEnd < 0) return false;
      parts.push(revealedTag(html.slice(tree.starts[segment], tagEnd)));
      if (!write(tagEnd, tree.stops[segment]!, parts)) return false;
      writing.delete(segment);
    }
    parts.push(html.slice(copied, to));
    return true;
  };
  const parts: string[] = [];
  // A segment whose placeholder is only inside moved segments that are never placed (a loop) is not written at all.
  return write(0, html.length, parts) && written.size === moved.size + inPlace.size ? parts.join('') : undefined;
}

/** Whether streamed-html.ts moves or unhides element `i`: a hidden `<div id="S:n">` outside any template. */
export function isStreamedSegment(tree: MarkupTree, i: number): boolean {
  return tree.hidden[i] === 1 && tree.names[i] === 'div' && SEGMENT_ID.test(tree.ids[i] ?? '') && !inTemplate(tree, i);
}

const SEGMENT_ID = /^S:(\d+)$/;

/** A segment's start tag without its `hidden` attribute. */
function revealedTag(tag: string): string {
  return cutMarkup(tag, { keepsAttribute: (_, name) => name !== 'hidden' });
}

/** Whether an element is inside a `<template>`'s content, where selectors do not look. */
function inTemplate(tree: MarkupTree, i: number): boolean {
  for (let up = tree.parents[i]!; up >= 0; up = tree.parents[up]!) if (tree.names[up] === 'template') return true;
  return false;
}
