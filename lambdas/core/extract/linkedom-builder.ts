import { parseHTML } from 'linkedom';
import { classValueOnceSet } from './linkedom-class-name';
import { linkedomKey } from './linkedom-keys';

/**
 * A linkedom document built from parser events, node by node, exactly as
 * linkedom's own parser builds it (linkedom's shared/parse-from-string.js,
 * whose steps each method repeats): so that a page whose events were
 * recorded in an earlier read (markup-tree.ts) is built without being
 * tokenized a second time.
 *
 * linkedom links a parent's attributes and children between the parent and
 * a node that marks its end, through keys it does not export; they are found
 * on a node by their names, as linkedom-tag-name.ts finds the document's
 * kind. Without them (another linkedom) `DocumentBuilder.create` returns
 * undefined and the caller parses the markup instead.
 */

/** linkedom's keys for a node's neighbours in document order, an element's end node, and an attribute's value. */
interface LinkKeys {
  next: symbol;
  prev: symbol;
  end: symbol;
  value: symbol;
}

/** A linkedom node as its parser handles it (the keys above, and the fields it sets). */
interface Linked {
  [key: symbol]: Linked | undefined;
  nodeType: number;
  parentNode: Linked | null;
  ownerElement?: Linked | null;
  ownerSVGElement?: Linked | null;
  className?: string;
}

const ELEMENT_NODE = 1;
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

let keys: LinkKeys | null | undefined;

function keysOf(document: Document): LinkKeys | null {
  const element = document.createElement('div');
  const next = linkedomKey(element, 'next');
  const prev = linkedomKey(element, 'prev');
  const end = linkedomKey(element, 'end');
  const value = linkedomKey(document.createAttribute('x'), 'value');
  return next && prev && end && value ? { next, prev, end, value } : null;
}

export class DocumentBuilder {
  /** The node children are appended to (the document at first). */
  private node: Linked;
  private ownerSVGElement: Linked | null = null;
  private inCdata = false;

  private constructor(
    readonly document: Document,
    private readonly keys: LinkKeys,
  ) {
    this.node = document as unknown as Linked;
  }

  /** A builder of a new HTML document, or undefined if this linkedom's keys are not found. */
  static create(): DocumentBuilder | undefined {
    const { document } = parseHTML('') as unknown as { document: Document };
    keys ??= keysOf(document);
    return keys ? new DocumentBuilder(document, keys) : undefined;
  }

  /** Link `node` as the last child of `parent` (linkedom's `append`). */
  private append(parent: Linked, node: Linked): Linked {
    const { next, prev, end } = this.keys;
    const parentEnd = parent[end]!;
    const before = parentEnd[prev]!;
    node.parentNode = parent;
    before[next] = node;
    node[prev] = before;
    const nodeEnd = node.nodeType === ELEMENT_NODE ? node[end]! : node;
    nodeEnd[next] = parentEnd;
    parentEnd[prev] = nodeEnd;
    return node;
  }

  /** A start tag: the element, as a child of the open one, with its attributes; it is the open one until its close. */
  open(name: string, attributes: Record<string, string>): void {
    const document = this.document;
    let element: Linked;
    let svg = true;
    if (this.ownerSVGElement) {
      element = this.append(this.node, document.createElementNS(SVG_NAMESPACE, name) as unknown as Linked);
      element.ownerSVGElement = this.ownerSVGElement;
    } else if (name === 'svg' || name === 'SVG') {
      element = this.append(this.node, document.createElementNS(SVG_NAMESPACE, name) as unknown as Linked);
      this.ownerSVGElement = element;
    } else {
      element = this.append(this.node, document.createElement(name) as unknown as Linked);
      svg = false;
    }
    this.node = element;
    const { next, prev, end, value } = this.keys;
    const elementEnd = element[end]!;
    for (const attributeName of Object.keys(attributes)) {
      const written = attributes[attributeName]!;
      // The parser then sets `className` from a class attribute; on an HTML element that only joins its tokens into
      // the node (linkedom-class-name.ts), so they are written there at once. SVG elements have a className of their own.
      const classValue = attributeName === 'class' && !svg ? classValueOnceSet(written) : undefined;
      const attribute = document.createAttribute(attributeName) as unknown as Linked;
      (attribute as unknown as Record<symbol, string>)[value] = classValue ?? written;
      attribute.ownerElement = element;
      const before = elementEnd[prev]!;
      before[next] = attribute;
      attribute[prev] = before;
      attribute[next] = elementEnd;
      elementEnd[prev] = attribute;
      if (attributeName === 'class' && classValue === undefined) element.className = written;
    }
  }

  /** A closing tag, written or implied: the open element's parent is the open one again. */
  close(): void {
    if (this.node === this.ownerSVGElement) this.ownerSVGElement = null;
    this.node = this.node.parentNode!;
  }

  text(data: string): void {
    const document = this.document;
    const node = this.inCdata ? document.createCDATASection(data) : document.createTextNode(data);
    this.append(this.node, node as unknown as Linked);
  }

  comment(data: string): void {
    this.append(this.node, this.document.createComment(data) as unknown as Linked);
  }

  /** A declaration or processing instruction (`name` with its `!` or `?`): only the doctype is kept. */
  declaration(name: string, data: string): void {
    if (name.toLowerCase() === '!doctype')
      (this.document as unknown as { doctype: string }).doctype = data.slice(name.length).trim();
  }

  cdata(inside: boolean): void {
    this.inCdata = inside;
  }
}
