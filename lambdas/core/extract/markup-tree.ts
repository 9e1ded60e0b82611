import { asChunks, type MarkupText, startsChunk } from './markup-chunks';
import { EventLog, type ParseEvents, SourceTellingParser } from './markup-events';
import { visibleChars } from './text-stats';
import { VOID_ELEMENTS } from './depth';

/**
 * The elements of a page as linkedom would build them, read without building
 * them: one run of htmlparser2 (linkedom's own parser, with linkedom's
 * options), keeping per element only what the chrome rule asks (tag, the
 * few attributes it reads, its text counts) and where its markup lies in the
 * page. linkedom makes every element, attribute and text node an object with
 * an entry in a WeakMap of event listeners, so on a page whose chrome is most
 * of its elements, building them to throw them away is most of the parse
 * and of the garbage; this record is a few numbers per element.
 *
 * linkedom nests nodes exactly as the parser's events say (a close event,
 * implied or not, goes up one level), so the tree here is linkedom's:
 * elements in document order, each with its parent and the end of its subtree.
 *
 * Where an element's markup lies, `[start, stop)`, is known only when
 * cutting that span out leaves the parser in the state it would have been in
 * after the element (chrome-before-parse.ts cuts such spans):
 * - its start tag closed nothing implicitly (`<p>text<nav>` closes the `<p>`:
 *   without the `<nav>`, the text after it would join the paragraph);
 * - it ended with its own closing tag, not implicitly (closing tags that
 *   close elements inside it along the way are fine: those are inside the span);
 * - no `<math>` or `<svg>` inside it (the parser tracks foreign content apart
 *   from its element stack).
 * Otherwise `stop` is -1.
 */
export interface MarkupTree {
  /** Elements in document order (an index is a place in that order). */
  count: number;
  /** Tag names in lower case, as the parser gives them. */
  names: string[];
  /** Parent's index, or -1 at the top. */
  parents: Int32Array;
  /** Index just after the element's subtree. */
  ends: Int32Array;
  /** Depth: 1 for a top-level element. */
  depths: Int32Array;
  /** Offset of the element's `<` in the page, or -1 for an element the parser made up (a stray `</p>` makes a `<p>`). */
  starts: Int32Array;
  /** Offset just after the element's closing tag, or -1 when the span cannot be cut cleanly (see above). */
  stops: Int32Array;
  /** The attributes the chrome rule reads (the first of each name, as the parser keeps it), exact names. */
  classes: (string | undefined)[];
  ids: (string | undefined)[];
  roles: (string | undefined)[];
  ariaHidden: (string | undefined)[];
  hidden: Uint8Array;
  /** Of the element's own text nodes (not its children's): characters that are not whitespace, and all characters. */
  ownVisible: Int32Array;
  ownRaw: Int32Array;
  /** The first `<time>` with a `datetime` attribute (metadata.ts reads it), or -1. */
  firstDatedTime: number;
  /**
   * The page's text nodes in document order, and for each element the
   * stretch of them inside it, `[firstText, endText)`: its `textContent` is
   * their join. A `<br>` has an empty entry of its own, owned by it (see `textOwners`),
   * so that code-blocks.ts's line break can be put in its place.
   */
  texts: string[];
  /** The element whose own child each entry of `texts` is (a `<br>`'s entry: the `<br>`). */
  textOwners: number[];
  firstText: Int32Array;
  endText: Int32Array;
  /** The parser's events as linkedom's builder receives them (markup-replay.ts replays them). */
  events: ParseEvents;
}

/** Attributes the chrome rule reads, by exact name (linkedom keeps names as written). */
type ReadAttribute = 'class' | 'id' | 'role' | 'aria-hidden';

/** A growable Int32Array. */
function grown(array: Int32Array, size: number): Int32Array {
  if (size < array.length) return array;
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

const FOREIGN = new Set(['math', 'svg']);

function emptyTree(events: ParseEvents): MarkupTree {
  const size = 1024;
  return {
    count: 0,
    names: [],
    parents: new Int32Array(size),
    ends: new Int32Array(size),
    depths: new Int32Array(size),
    starts: new Int32Array(size),
    stops: new Int32Array(size),
    classes: [],
    ids: [],
    roles: [],
    ariaHidden: [],
    hidden: new Uint8Array(size),
    ownVisible: new Int32Array(size),
    ownRaw: new Int32Array(size),
    firstDatedTime: -1,
    texts: [],
    textOwners: [],
    firstText: new Int32Array(size),
    endText: new Int32Array(size),
    events,
  };
}

/**
 * The markup tree of `html`, as linkedom's parser (htmlparser2, HTML mode,
 * entities decoded) reads it. Markup in chunks (markup-chunks.ts) is written
 * to the parser chunk by chunk; the parser then reports a run of text that
 * crosses from one chunk into the next as two, which are joined here, so the
 * tree and events are those of the joined string.
 */
export function readMarkupTree(markup: MarkupText): MarkupTree {
  const html = asChunks(markup);
  const log = new EventLog();
  const tree = emptyTree(log.events);
  let current = -1;
  // A close implied by the parser (not a void element's) since the last other event: the next start tag caused it.
  let impliedClose = false;
  // Where the last text event's characters end in the page (-1: it was an entity's). Every other event is
  // markup written between two texts, so text that starts there follows it with nothing between.
  let textEnd = -1;
  // How many `<math>`/`<svg>` elements have started so far, and how many had when each element started.
  let foreignStarted = 0;
  const foreignBefore: number[] = [];
  const attributes: Record<ReadAttribute, (string | undefined)[]> = {
    class: tree.classes,
    id: tree.ids,
    role: tree.roles,
    'aria-hidden': tree.ariaHidden,
  };
  const parser: SourceTellingParser = new SourceTellingParser(
    {
      onopentagname(name) {
        const i = tree.count++;
        if (i >= tree.parents.length) growTree(tree, i + 1);
        tree.names.push(name);
        tree.classes.push(undefined);
        tree.ids.push(undefined);
        tree.roles.push(undefined);
        tree.ariaHidden.push(undefined);
        tree.parents[i] = current;
        tree.depths[i] = current < 0 ? 1 : tree.depths[current]! + 1;
        // The parser's end index is just after the name: its `<` is one name before (ASCII names only; an implied
        // start, from a stray `</p>` or `</br>`, has no `<` there).
        const start = parser.endIndex - name.length - 1;
        const written =
          html.charCodeAt(start) === 60 && html.slice(start + 1, start + 1 + name.length).toLowerCase() === name;
        tree.starts[i] = written ? start : -1;
        // -2 until the close: a span that can be cut if nothing says otherwise; -1 when its start tag closed something.
        tree.stops[i] = impliedClose ? -1 : -2;
        tree.ends[i] = 0;
        tree.hidden[i] = 0;
        tree.ownVisible[i] = 0;
        tree.ownRaw[i] = 0;
        tree.firstText[i] = tree.texts.length;
        if (name === 'br') {
          tree.texts.push('');
          tree.textOwners.push(i);
        }
        impliedClose = false;
        foreignBefore.push(foreignStarted);
        if (FOREIGN.has(name)) foreignStarted++;
        current = i;
      },
      onopentag(_name, attribs) {
        log.open(current, attribs);
      },
      onattribute(name, value) {
        if (name === 'hidden') tree.hidden[current] = 1;
        if (name === 'datetime' && tree.firstDatedTime < 0 && tree.names[current] === 'time')
          tree.firstDatedTime = current;
        const values = attributes[name as ReadAttribute];
        if (values && values[current] === undefined) values[current] = value;
      },
      ontext(text) {
        impliedClose = false;
        const start = parser.textStart;
        // The rest of a run of text the parser broke where a chunk ends: the same text node.
        const continued = start >= 0 && start === textEnd && startsChunk(html, start);
        textEnd = start < 0 ? -1 : start + text.length;
        if (continued) log.extendText(text);
        else log.text(text, start);
        if (current < 0) return;
        tree.ownVisible[current] = tree.ownVisible[current]! + visibleChars(text);
        tree.ownRaw[current] = tree.ownRaw[current]! + text.length;
        if (continued) {
          tree.texts[tree.texts.length - 1] += text;
          return;
        }
        tree.texts.push(text);
        tree.textOwners.push(current);
      },
      onclosetag(name, isImplied) {
        const i = current;
        log.close(i);
        if (i < 0) return;
        // A void element's close comes with its start tag, implied; it closes nothing else.
        impliedClose = isImplied && !VOID.has(name);
        tree.ends[i] = tree.count;
        tree.endText[i] = tree.texts.length;
        if (!isImplied && tree.stops[i] === -2 && tree.starts[i]! >= 0 && foreignBefore[i] === foreignStarted) {
          const close = html.indexOf('>', parser.endIndex);
          tree.stops[i] = close < 0 ? -1 : close + 1;
        } else {
          tree.stops[i] = -1;
        }
        current = tree.parents[i]!;
      },
      oncomment: (data) => log.comment(data),
      onprocessinginstruction: (name, data) => log.declaration(name, data),
      oncdatastart: () => log.cdata(true),
      oncdataend: () => log.cdata(false),
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  for (const chunk of html.chunks) parser.write(chunk);
  parser.end();
  log.finish(tree.count);
  return tree;
}

/** htmlparser2's void elements in HTML mode (HTML's, and four obsolete ones): their close event comes with their start tag. */
const VOID = new Set([...VOID_ELEMENTS, 'basefont', 'command', 'frame', 'isindex']);

function growTree(tree: MarkupTree, size: number): void {
  tree.parents = grown(tree.parents, size);
  tree.ends = grown(tree.ends, size);
  tree.depths = grown(tree.depths, size);
  tree.starts = grown(tree.starts, size);
  tree.stops = grown(tree.stops, size);
  tree.ownVisible = grown(tree.ownVisible, size);
  tree.ownRaw = grown(tree.ownRaw, size);
  tree.firstText = grown(tree.firstText, size);
  tree.endText = grown(tree.endText, size);
  const hidden = new Uint8Array(tree.parents.length);
  hidden.set(tree.hidden);
  tree.hidden = hidden;
}
