import { Element as LinkedomElement } from 'linkedom';
import { linkedomKey } from './linkedom-keys';

/**
 * linkedom's `className` on HTML elements, answered from the class attribute
 * node instead of a token set; installed when extraction is loaded.
 *
 * linkedom keeps an element's classes twice: in its class attribute node and
 * in a token set (`classList`, a `Set`). Its `className` getter joins the set
 * into a new string at every read (`[...set].join(' ')`), and its setter,
 * which the parser calls for every class attribute it reads, builds the set
 * from the old value, clears it, splits the new value into it and writes the
 * joined tokens back into the attribute node. Readability reads `className`
 * of every element it walks, scores or cleans (the hidden-node test, the class
 * weight, the "share" boxes), some several times: on the slowest page of
 * extraction-dev-2 the getter and the setter made 8 of the 22 MB one
 * extraction allocates.
 *
 * The attribute node holds the joined tokens already: linkedom writes them
 * there whenever the set changes. So, on an element whose token set has not
 * been built (`classList` never read):
 * - the getter returns the attribute node's value ("" without one);
 * - the setter, when the element has a class attribute node, writes the
 *   joined tokens into it (through the node's `value`, as linkedom's does);
 *   the token set is built from that value when `classList` is first read,
 *   with the same tokens in the same order.
 * Otherwise, and on elements with a token set, linkedom's own accessors run.
 * Reads give what linkedom's getter gives, with one exception: a class
 * attribute whose node `value` is written directly (nothing in extraction or
 * Readability does). linkedom's set, built when the page was parsed, never
 * sees that write and kept answering the old classes; here the value is read
 * as written, as the DOM's `className` reads it. SVG elements have a
 * `className` of their own (an animated string), which this does not touch.
 */

/** Tokens one ASCII space apart, none empty, no other white space (as `split(/\s+/)` sees it). */
const ONE_SPACE_APART = /^\S+(?: \S+)*$/;

/** Whether `value[a, a + length)` and `value[b, b + length)` are the same characters. */
function sameRun(value: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (value.charCodeAt(a + i) !== value.charCodeAt(b + i)) return false;
  return true;
}

/** Whether `value` is already what linkedom's token set joins into: single-spaced tokens, none repeated. */
export function isJoinedTokenList(value: string): boolean {
  if (value === '') return true;
  if (!ONE_SPACE_APART.test(value)) return false;
  // Each token against the ones before it, without splitting (class lists hold a handful of tokens).
  for (let start = value.indexOf(' ') + 1; start > 0; ) {
    const end = value.indexOf(' ', start);
    const length = (end < 0 ? value.length : end) - start;
    for (let before = 0; before < start; ) {
      const beforeEnd = value.indexOf(' ', before);
      if (beforeEnd - before === length && sameRun(value, before, start, length)) return false;
      before = beforeEnd + 1;
    }
    start = end + 1;
  }
  return true;
}

/** `value` as linkedom's token set joins it: split at white space, empty and repeated tokens left out. */
export function joinedTokenList(value: string): string {
  if (isJoinedTokenList(value)) return value;
  // Most values that are not joined only have white space at an end (`trim` and `\s` know the same white space).
  const trimmed = value.trim();
  if (trimmed !== value && isJoinedTokenList(trimmed)) return trimmed;
  return [...new Set(value.split(/\s+/).filter((token) => token !== ''))].join(' ');
}

interface ClassNameAccessor {
  get(this: Element): string;
  set(this: Element, value: unknown): void;
}

/** Whether the accessors below are in place. */
let installed = false;

/**
 * What the class attribute node of an HTML element just built (no token set
 * yet) holds once its `className` is set to `value`, as linkedom's parser sets
 * it from the attribute: the setter below writes the joined tokens there and
 * does nothing else. Undefined when that setter is not in place (another
 * linkedom): then only setting `className` gives linkedom's outcome.
 */
export function classValueOnceSet(value: string): string | undefined {
  return installed ? joinedTokenList(value) : undefined;
}

/** The key under which linkedom keeps an element's token set (null until `classList` is read), found on first use. */
let tokenSetKey: symbol | undefined;

function tokenSetOf(element: Element): unknown {
  tokenSetKey ??= linkedomKey(element, 'classList');
  // Without the key (another linkedom), say a set was built: linkedom's own accessors then run.
  return tokenSetKey ? (element as unknown as Record<symbol, unknown>)[tokenSetKey] : true;
}

function install(): void {
  const prototype = (LinkedomElement as unknown as { prototype: object }).prototype;
  const linkedom = Object.getOwnPropertyDescriptor(prototype, 'className') as ClassNameAccessor | undefined;
  if (!linkedom?.get || !linkedom.set) return;
  Object.defineProperty(prototype, 'className', {
    configurable: true,
    enumerable: false,
    get(this: Element): string {
      // No token set: the attribute node holds the joined tokens (the setter below wrote them).
      return tokenSetOf(this) ? linkedom.get.call(this) : (this.getAttributeNode('class')?.value ?? '');
    },
    set(this: Element, value: unknown): void {
      const attribute = tokenSetOf(this) ? null : this.getAttributeNode('class');
      if (attribute) attribute.value = joinedTokenList(String(value));
      else linkedom.set.call(this, value);
    },
  });
  installed = true;
}

install();
