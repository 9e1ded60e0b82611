import { parseHTML } from 'linkedom';
import { type ChromeCandidate, chromeName, isBoilerplateByTag, isBoilerplateName, isChrome } from './chrome-markup';
import { MAX_DOM_DEPTH } from './depth';
import type { MarkupText } from './markup-chunks';
import { type MarkupTree, readMarkupTree } from './markup-tree';
import { lowerCase, startTagEnd } from './markup-scan';
import { withBodyShape } from './markup-shape';
import { isStreamedSegment, withStreamedSegmentsRevealed } from './markup-streamed';
import { elementsWhere } from './linkedom-walk';
import { replayWithEdits } from './markup-replay';
import { laterCopies, MIN_COPY_CHARS, type SiblingReader } from './responsive-copies';
import type { TextStats } from './text-stats';

/**
 * The chrome pass (chrome-markup.ts), and the two passes that prepare the
 * page for it, run on the markup before it is parsed.
 *
 * On the slowest pages most elements are chrome (menus, link farms, comment
 * threads, footers) or a syntax highlighter's spans: 50–90% of the elements
 * of the slow pages of both evaluation sets. Each was built by linkedom,
 * measured, judged and removed, and its nodes' garbage collected, so those
 * pages' time grew with elements they do not keep. Here the page is read
 * once without building it (markup-tree.ts), and on that tree:
 * - each `<pre>` code-blocks.ts would flatten is written as its text;
 * - the copies responsive-copies.ts would remove are found as it finds them;
 * - every element is judged by the chrome rule (`isChrome`) on the figures
 *   text-stats.ts measures at that point (after both passes);
 * and what goes is cut from the string, so linkedom never builds it.
 *
 * Two moves made after parsing are made in the markup first, so that the
 * tree judged here is the one those passes see: elements beside the body go
 * into it (markup-shape.ts, as document-shape.ts), streamed segments go to
 * their placeholders (markup-streamed.ts, as streamed-html.ts). A page where
 * that cannot be done exactly (two bodies, content after `</html>`, segments
 * that hold each other's placeholders), or nested deeper than depth.ts
 * allows, is left to the passes after parsing, as before.
 *
 * An element's span is cut only when cutting it leaves the parser as the
 * element's end did (markup-tree.ts), when the cut joins no text into an
 * entity or a tag (`&am` + `p;`, `<` + `div`), and when it holds nothing the
 * metadata is read from before these passes (metadata.ts: JSON-LD, `<meta>`,
 * `<link>`, `<title>`, `<base>`, the first dated `<time>`). Any other element
 * that goes is marked (CHROME_MARK) and removed after parsing, where the
 * chrome pass removed it; a listing that cannot be written is flattened there.
 * Same output as the passes after parsing on all 598 evaluation pages.
 */

/** The attribute that marks a chrome element that could not be cut; removed with it after parsing. */
export const CHROME_MARK = 'data-newsbot-chrome';

/** The page with the chrome cut, and how many chrome elements were marked instead. */
export interface ChromeCut {
  /** The page as it is parsed: the chrome spans cut, the other chrome elements marked, listings written as text. */
  readonly html: string;
  marked: number;
  /** That page parsed by linkedom (built from the events of the read it was judged on: markup-replay.ts). */
  parse(): Document;
}

/** A ChromeCut whose string is written only if asked for (the extraction builds the document from the events). */
class PlannedCut implements ChromeCut {
  private written: string | undefined;
  readonly marked: number;
  constructor(
    private readonly shapedHtml: MarkupText,
    private readonly tree: MarkupTree,
    private readonly plan: CutPlan,
  ) {
    this.marked = plan.marked.length;
  }

  get html(): string {
    this.written ??= rewrite(String(this.shapedHtml), this.tree, this.plan);
    return this.written;
  }

  parse(): Document {
    const { tree, plan } = this;
    const listings = new Map(plan.listings.map((i) => [i, listingText(tree, i)]));
    const built = replayWithEdits(tree, { cut: plan.cut, marked: plan.marked, mark: CHROME_MARK, listings });
    return built ?? (parseHTML(this.html) as unknown as { document: Document }).document;
  }
}

/** Tags the metadata is read from before the chrome pass: their elements stay until then. */
const METADATA_TAGS = new Set(['script', 'meta', 'link', 'title', 'base']);

/**
 * The page less its chrome (the page as it is when it has none), or undefined
 * when the chrome is left to the pass after parsing (the reasons above).
 * `html` is the page as it will be parsed.
 */
export function cutChromeBeforeParse(html: MarkupText): ChromeCut | undefined {
  if (html.includes(CHROME_MARK)) return undefined;
  const shaped = shapedTree(html);
  if (!shaped) return undefined;
  const { tree, body } = shaped;
  html = shaped.html;
  if (tooDeep(tree)) return undefined;
  const measured = measureTree(tree, body);
  const copies = removeCopies(tree, body, measured);
  const removed = outermost(
    tree,
    [...copies, ...judge(tree, body, measured)].sort((a, b) => a - b),
  );
  const listings = listingsOf(tree, body, measured);
  const plan = planCut(html, tree, removed, listings);
  return plan && new PlannedCut(html, tree, plan);
}

/**
 * text-stats.ts's figures for the body and each element in it, in document
 * order, as measured here before parsing (after code-blocks.ts, before any
 * copy or chrome goes); undefined where `cutChromeBeforeParse` leaves the page
 * to the pass after parsing. For tests: the judgement stands on these.
 */
export function figuresBeforeParse(html: string): TextStats[] | undefined {
  const shaped = shapedTree(html);
  if (!shaped) return undefined;
  const { tree, body } = shaped;
  const measured = measureTree(tree, body);
  return measured.stats.slice(body, tree.ends[body]).filter((_, i) => !measured.flattened[body + i]);
}

/**
 * The page's tree and its body, with the elements beside the body moved into
 * it (markup-shape.ts) as document-shape.ts moves them after parsing; undefined
 * for a page that cannot be brought to that shape.
 */
function shapedTree(html: MarkupText): { html: MarkupText; tree: MarkupTree; body: number } | undefined {
  let tree = readMarkupTree(html);
  let body = bodyOf(tree);
  if (body < 0) {
    // Rare (elements beside the body): the page is moved as one string.
    const shaped = withBodyShape(String(html), tree);
    if (shaped === undefined) return undefined;
    html = shaped;
    tree = readMarkupTree(html);
    body = bodyOf(tree);
    if (body < 0) return undefined;
  }
  if (hasStreamedSegments(tree, body)) {
    const current = tree;
    const revealed = withStreamedSegmentsRevealed(String(html), tree, body, (i) => holdsMetadata(current, i));
    if (revealed === undefined) return undefined;
    html = revealed;
    tree = readMarkupTree(html);
    body = bodyOf(tree);
    if (body < 0 || hasStreamedSegments(tree, body)) return undefined;
  }
  return { html, tree, body };
}

/** The body's index when the page is `<html>` with a `<head>` and a `<body>` and nothing else at the top, else -1. */
function bodyOf(tree: MarkupTree): number {
  if (tree.count < 3 || tree.names[0] !== 'html') return -1;
  const head = 1;
  const body = tree.ends[head]!;
  const bodyFits = tree.names[head] === 'head' && tree.names[body] === 'body' && tree.parents[body] === 0;
  return bodyFits && tree.ends[body] === tree.ends[0] ? body : -1;
}

/** Whether streamed-html.ts would move or unhide anything in the body. */
function hasStreamedSegments(tree: MarkupTree, body: number): boolean {
  for (let i = body + 1; i < tree.ends[body]!; i++) if (isStreamedSegment(tree, i)) return true;
  return false;
}

function tooDeep(tree: MarkupTree): boolean {
  for (let i = 0; i < tree.count; i++) if (tree.depths[i]! >= MAX_DOM_DEPTH) return true;
  return false;
}

/** The text figures of each element of the body as text-stats.ts measures them after code-blocks.ts. */
interface TreeStats {
  stats: TextStats[];
  /** Elements gone after code-blocks.ts (inside a flattened `<pre>`): 1. */
  flattened: Uint8Array;
  /** Elements inside a `<template>`'s content, which selectors do not see: 1. */
  templated: Uint8Array;
  /** Raw characters (whitespace included) of each element's text: what a `<p>` adds to paragraphChars. */
  raw: Int32Array;
  /** Elements removed as copies (responsive-copies.ts), and everything inside them: 1. */
  gone: Uint8Array;
}

/** Whether an element's content is out of the selectors' reach (like linkedom's `querySelectorAll`). */
const isTemplate = (tree: MarkupTree, i: number) => tree.names[i] === 'template';

/**
 * text-stats.ts's figures for every element under `body`, after code-blocks.ts
 * has replaced the content of each `<pre>` with element children (not inside
 * another such `<pre>` or a template) by its text, each `<br>` a line break.
 */
function measureTree(tree: MarkupTree, body: number): TreeStats {
  const end = tree.ends[body]!;
  const flattened = new Uint8Array(tree.count);
  const templated = new Uint8Array(tree.count);
  // The flattened `<pre>` each element is inside of (or is), or -1; and whether it is inside a link.
  const flatPre = new Int32Array(tree.count).fill(-1);
  const inLink = new Uint8Array(tree.count);
  for (let i = body + 1; i < end; i++) {
    const parent = tree.parents[i]!;
    templated[i] = parent > body && (templated[parent] || isTemplate(tree, parent)) ? 1 : 0;
    inLink[i] = tree.names[i] === 'a' || (parent > body && inLink[parent]) ? 1 : 0;
    if (parent > body && flatPre[parent]! >= 0) {
      flatPre[i] = flatPre[parent]!;
      flattened[i] = 1;
    } else if (tree.names[i] === 'pre' && !templated[i] && tree.ends[i]! > i + 1) {
      flatPre[i] = i;
    }
  }
  const stats: TextStats[] = [];
  for (let i = 0; i < tree.count; i++) stats.push({ chars: 0, linkChars: 0, paragraphChars: 0, elements: 0 });
  // Per element: the visible characters of its own text (a flattened `<pre>`'s takes in all of its content's), and
  // its raw characters, whitespace included (what a `<p>` adds to paragraphChars).
  const ownText = new Int32Array(tree.count);
  const raw = new Int32Array(tree.count);
  for (let i = end - 1; i >= body; i--) {
    if (flattened[i]) {
      // Its text becomes its `<pre>`'s own; a `<br>` becomes a line break (whitespace: one raw character).
      const pre = flatPre[i]!;
      ownText[pre] = ownText[pre]! + tree.ownVisible[i]!;
      raw[pre] = raw[pre]! + tree.ownRaw[i]! + (tree.names[i] === 'br' ? 1 : 0);
      continue;
    }
    const own = stats[i]!;
    const text = ownText[i]! + tree.ownVisible[i]!;
    raw[i] = raw[i]! + tree.ownRaw[i]!;
    own.chars += text;
    if (inLink[i]) own.linkChars += text;
    if (i === body) break;
    const up = tree.parents[i]!;
    const parent = stats[up]!;
    parent.chars += own.chars;
    parent.linkChars += own.linkChars;
    parent.paragraphChars += own.paragraphChars + (tree.names[i] === 'p' ? raw[i]! : 0);
    parent.elements += own.elements + 1;
    raw[up] = raw[up]! + raw[i]!;
  }
  return { stats, flattened, templated, raw, gone: new Uint8Array(tree.count) };
}

/**
 * responsive-copies.ts's pass on the tree: among the children of each
 * element (outer elements first), a box (not a text block) whose text is
 * that of an earlier sibling of the same text length (long enough) is a copy;
 * it goes, and the figures of the elements above it are what text-stats.ts
 * measures without it. Returns the copies, in document order.
 */
function removeCopies(tree: MarkupTree, body: number, measured: TreeStats): number[] {
  const { flattened, gone } = measured;
  const read: SiblingReader<number> = {
    chars: (child) => measured.stats[child]!.chars,
    tagName: (child) => tree.names[child]!,
    text: (child) => textOf(tree, measured, child),
  };
  const copies: number[] = [];
  for (let i = body; i < tree.ends[body]!; i++) {
    if (flattened[i]) continue;
    if (gone[i]) {
      i = tree.ends[i]! - 1;
      continue;
    }
    // Only children long enough to be a copy (laterCopies passes over the others), and only two or more of them.
    const children: number[] = [];
    for (let child = i + 1; child < tree.ends[i]! && !flattened[child]; child = tree.ends[child]!)
      if (measured.stats[child]!.chars >= MIN_COPY_CHARS) children.push(child);
    if (children.length < 2) continue;
    for (const copy of laterCopies(children, read)) {
      forget(tree, body, measured, copy);
      copies.push(copy);
    }
  }
  return copies.sort((a, b) => a - b);
}

/** An element's `textContent` after code-blocks.ts, white space collapsed as responsive-copies.ts compares it. */
function textOf(tree: MarkupTree, { flattened }: TreeStats, i: number): string {
  let text = '';
  for (let t = tree.firstText[i]!; t < tree.endText[i]!; t++) {
    const owner = tree.textOwners[t]!;
    // A `<br>`'s entry: a line break in a flattened listing, nothing elsewhere.
    text += tree.names[owner] === 'br' && tree.texts[t] === '' ? (flattened[owner] ? '\n' : '') : tree.texts[t]!;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Remove element `i` (and its subtree) from the figures of the elements above it. */
function forget(tree: MarkupTree, body: number, { stats, raw, gone }: TreeStats, i: number): void {
  gone.fill(1, i, tree.ends[i]);
  const removed = stats[i]!;
  const removedRaw = raw[i]!;
  let paragraphChars = removed.paragraphChars + (tree.names[i] === 'p' ? removedRaw : 0);
  for (let up = tree.parents[i]!; up >= body; up = tree.parents[up]!) {
    const box = stats[up]!;
    box.chars -= removed.chars;
    box.linkChars -= removed.linkChars;
    box.elements -= removed.elements + 1;
    box.paragraphChars -= paragraphChars;
    raw[up] = raw[up]! - removedRaw;
    if (tree.names[up] === 'p') paragraphChars += removedRaw;
  }
}

/** An element of the markup tree as the chrome rule reads it (one object, moved from element to element). */
/** An element's name words (`chromeName`) and whether they say chrome (`isBoilerplateName`). */
interface NameVerdict {
  words: string;
  boilerplate: boolean;
}

class TreeCandidate implements ChromeCandidate {
  tag = '';
  stats!: TextStats;
  private at = 0;
  /** Name verdicts by class, then by id. */
  private readonly verdicts = new Map<string, Map<string, NameVerdict>>();
  constructor(
    private readonly tree: MarkupTree,
    private readonly measured: TreeStats,
  ) {}

  moveTo(i: number): this {
    this.at = i;
    this.tag = this.tree.names[i]!.toUpperCase();
    this.stats = this.measured.stats[i]!;
    return this;
  }

  isBoilerplate(): boolean {
    const { tree, at } = this;
    return (
      isBoilerplateByTag(this.tag, tree.roles[at], tree.ariaHidden[at], tree.hidden[at] === 1) ||
      this.named().boilerplate
    );
  }

  name(): string {
    return this.named().words;
  }

  /**
   * The element's name words and whether they say chrome, worked out once per
   * class and id on the page: a page of two thousand elements has a few
   * hundred distinct ones, and the words take five string passes each.
   */
  private named(): NameVerdict {
    const className = this.tree.classes[this.at] ?? '';
    const id = this.tree.ids[this.at] ?? '';
    let byId = this.verdicts.get(className);
    if (!byId) {
      byId = new Map();
      this.verdicts.set(className, byId);
    }
    let verdict = byId.get(id);
    if (!verdict) {
      const words = chromeName(className, id);
      verdict = { words, boilerplate: isBoilerplateName(words) };
      byId.set(id, verdict);
    }
    return verdict;
  }

  private hasAncestor(from: number, names: ReadonlySet<string>): boolean {
    for (let up = from; up >= 0; up = this.tree.parents[up]!) if (names.has(this.tree.names[up]!)) return true;
    return false;
  }

  /** Whether an element named `name` is inside, as a selector finds it (not in a template's content). */
  private holds(name: string): boolean {
    const { tree, at } = this;
    for (let i = at + 1; i < tree.ends[at]!; i++) {
      if (this.measured.flattened[i]) continue;
      if (tree.names[i] === name && !this.measured.gone[i]) return true;
      if (isTemplate(tree, i) || this.measured.gone[i]) i = tree.ends[i]! - 1;
    }
    return false;
  }

  insideCode = () => this.hasAncestor(this.tree.parents[this.at]!, CODE);
  inTable = () => this.hasAncestor(this.at, TABLE);
  holdsTable = () => this.holds('table');
  insideParagraph = () => this.hasAncestor(this.tree.parents[this.at]!, PARAGRAPH);
  holdsBlockquote = () => this.holds('blockquote');
}

const CODE = new Set(['pre', 'code']);
const TABLE = new Set(['table']);
const PARAGRAPH = new Set(['p']);

/**
 * The chrome elements of the body, outermost only, in document order, as
 * chrome-markup.ts's pass judges them (each element by its figures before
 * anything is removed; nothing inside a removed one is judged).
 */
function judge(tree: MarkupTree, body: number, measured: TreeStats): number[] {
  const page = measured.stats[body]!;
  const candidate = new TreeCandidate(tree, measured);
  const chrome: number[] = [];
  for (let i = body + 1; i < tree.ends[body]!; i++) {
    if (measured.gone[i]) {
      i = tree.ends[i]! - 1;
      continue;
    }
    if (measured.flattened[i] || measured.templated[i]) continue;
    if (isChrome(candidate.moveTo(i), page)) {
      chrome.push(i);
      i = tree.ends[i]! - 1;
    }
  }
  return chrome;
}

/** The `<pre>` elements code-blocks.ts flattens, in document order. */
function listingsOf(tree: MarkupTree, body: number, { flattened }: TreeStats): number[] {
  const listings: number[] = [];
  for (let i = body + 1; i < tree.ends[body]!; i++) {
    if (flattened[i]) continue;
    if (tree.names[i] === 'pre' && tree.ends[i]! > i + 1 && flattened[i + 1]) listings.push(i);
  }
  return listings;
}

/** The elements of a document-order list that are inside no other of them. */
function outermost(tree: MarkupTree, sorted: number[]): number[] {
  const kept: number[] = [];
  for (const i of sorted) if (kept.length === 0 || i >= tree.ends[kept.at(-1)!]!) kept.push(i);
  return kept;
}

/** Whether an element holds markup the metadata is read from before the chrome pass. */
function holdsMetadata(tree: MarkupTree, i: number): boolean {
  if (tree.firstDatedTime >= i && tree.firstDatedTime < tree.ends[i]!) return true;
  for (let j = i; j < tree.ends[i]!; j++) if (METADATA_TAGS.has(tree.names[j]!)) return true;
  return false;
}

const isEntityChar = (c: number) => ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57) || c === 35;

/** Whether joining the text before `start` to what follows the cut could make an entity or a tag of it. */
function joinsMarkup(html: MarkupText, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && isEntityChar(html.charCodeAt(p))) p--;
  const c = html.charCodeAt(p);
  return c === 38 /* & */ || html.charCodeAt(start - 1) === 60 /* < */;
}

/**
 * What is done to the page: the chrome elements whose spans are cut, those
 * marked instead (CHROME_MARK), and the listings whose content is written
 * as their text; each in document order.
 */
interface CutPlan {
  cut: number[];
  marked: number[];
  listings: number[];
}

/**
 * How each chrome element goes (cut, else marked) and which listings are
 * written as their text (those not inside a chrome element, whose span can
 * be replaced cleanly); undefined if a chrome element can be neither cut nor marked.
 */
function planCut(html: MarkupText, tree: MarkupTree, removed: number[], listings: number[]): CutPlan | undefined {
  const plan: CutPlan = { cut: [], marked: [], listings: [] };
  const writeListing = (i: number) => {
    if (listingSpan(html, tree, i)) plan.listings.push(i);
  };
  let next = 0;
  for (const i of removed) {
    for (; next < listings.length && listings[next]! < i; next++) writeListing(listings[next]!);
    // A listing inside a removed element goes with it.
    while (next < listings.length && listings[next]! < tree.ends[i]!) next++;
    const start = tree.starts[i]!;
    if (start < 0) return undefined;
    if (tree.stops[i]! >= 0 && !holdsMetadata(tree, i) && !joinsMarkup(html, start)) plan.cut.push(i);
    else plan.marked.push(i);
  }
  for (; next < listings.length; next++) writeListing(listings[next]!);
  return plan;
}

/** `html` as the plan leaves it: the chrome spans cut, the other chrome elements marked, the listings written as their text. */
function rewrite(html: string, tree: MarkupTree, plan: CutPlan): string {
  const edits = [
    ...plan.cut.map((i) => ({ i, edit: 'cut' as const })),
    ...plan.marked.map((i) => ({ i, edit: 'mark' as const })),
    ...plan.listings.map((i) => ({ i, edit: 'listing' as const })),
  ].sort((a, b) => a.i - b.i);
  const parts: string[] = [];
  let copied = 0;
  for (const { i, edit } of edits) {
    const start = tree.starts[i]!;
    if (edit === 'cut') {
      parts.push(html.slice(copied, start));
      copied = tree.stops[i]!;
    } else if (edit === 'mark') {
      const afterName = start + 1 + tree.names[i]!.length;
      parts.push(html.slice(copied, afterName), ` ${CHROME_MARK}`);
      copied = afterName;
    } else {
      const [contentStart, closeStart] = listingSpan(html, tree, i)!;
      parts.push(html.slice(copied, contentStart), escapeText(listingText(tree, i)));
      copied = closeStart;
    }
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/**
 * Where the content of the `<pre>` at `i` lies, `[contentStart, closeStart)`,
 * when its span can be replaced cleanly (written start and closing tags) and
 * holds nothing the metadata reads; else undefined (it is left to code-blocks.ts).
 */
function listingSpan(html: MarkupText, tree: MarkupTree, i: number): [number, number] | undefined {
  const start = tree.starts[i]!;
  const stop = tree.stops[i]!;
  if (start < 0 || stop < 0 || holdsMetadata(tree, i)) return undefined;
  // Read in the element's own markup (its start tag and its closing tag are inside it), offsets from `start`.
  const span = html.slice(start, stop);
  const contentStart = startTagEnd(span, 0);
  const closeStart = span.lastIndexOf('</', stop - 2 - start);
  if (contentStart < 0 || closeStart < contentStart || lowerCase(span.slice(closeStart + 2, closeStart + 5)) !== 'pre')
    return undefined;
  return [start + contentStart, start + closeStart];
}

/** The text of the `<pre>` at `i` as code-blocks.ts writes it: its text nodes, a line break for each `<br>`. */
function listingText(tree: MarkupTree, i: number): string {
  let text = '';
  for (let t = tree.firstText[i]!; t < tree.endText[i]!; t++) {
    const owner = tree.textOwners[t]!;
    text += tree.names[owner] === 'br' && tree.texts[t] === '' ? '\n' : tree.texts[t]!;
  }
  return text;
}

/** Text written so that the parser reads it back as it is: `&` and `<` as entities. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Remove the elements marked by `cutChromeBeforeParse` under `root`. */
export function removeMarkedChrome(root: Element): void {
  for (const el of elementsWhere(root, isMarkedChrome)) el.remove();
}

/** Whether `cutChromeBeforeParse` marked `element` to be removed after parsing. */
export function isMarkedChrome(element: Element): boolean {
  return element.hasAttribute(CHROME_MARK);
}
