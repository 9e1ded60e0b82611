import { Element as LinkedomElement } from 'linkedom';
import { linkedomKey } from './linkedom-keys';

/**
 * linkedom's `tagName` and `nodeName` on elements without a new string per
 * read; installed when extraction is loaded.
 *
 * In an HTML document linkedom answers both with `localName.toUpperCase()`,
 * a new string at every read. Readability compares `tagName` wherever it
 * looks at an element: its main walk reads it up to a dozen times per element
 * ("DIV", "SECTION", "HEADER", "H1"…"H6", the tags it scores), and its
 * cleaning passes again. Here the upper-case name is made once per tag name
 * and kept (a page has a few dozen; the table is bounded all the same, so
 * pages of made-up element names cannot grow it without end). In a document
 * of another kind (XML), and if the document's kind cannot be read, linkedom's
 * getter runs. Same answers as linkedom's.
 */

/** How many tag names are kept in upper case; past that, names are upper-cased at each read as before. */
const KEPT_NAMES = 512;

const upperCaseNames = new Map<string, string>();

function upperCaseName(localName: string): string {
  let name = upperCaseNames.get(localName);
  if (name === undefined) {
    name = localName.toUpperCase();
    if (upperCaseNames.size < KEPT_NAMES) upperCaseNames.set(localName, name);
  }
  return name;
}

/** The key under which a linkedom document keeps its kind (`{ ignoreCase, … }`), found on first use. */
let kindKey: symbol | undefined;

/** Whether `document` is an HTML document (names read in upper case); undefined when its kind cannot be read. */
function ignoresCase(document: Document): boolean | undefined {
  kindKey ??= linkedomKey(document, 'mime');
  const kind = kindKey
    ? (document as unknown as Record<symbol, { ignoreCase?: unknown } | undefined>)[kindKey]
    : undefined;
  return typeof kind?.ignoreCase === 'boolean' ? kind.ignoreCase : undefined;
}

function install(name: 'tagName' | 'nodeName'): void {
  const prototype = (LinkedomElement as unknown as { prototype: object }).prototype;
  const linkedom = Object.getOwnPropertyDescriptor(prototype, name);
  const read = linkedom?.get as ((this: Element) => string) | undefined;
  if (!read) return;
  Object.defineProperty(prototype, name, {
    ...linkedom,
    get(this: Element): string {
      const upper = ignoresCase(this.ownerDocument);
      if (upper === undefined) return read.call(this);
      return upper ? upperCaseName(this.localName) : this.localName;
    },
  });
}

install('tagName');
install('nodeName');
