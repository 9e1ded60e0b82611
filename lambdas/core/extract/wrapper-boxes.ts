import { classNameOf } from './class-names';
import { forEachAttribute } from './linkedom-walk';
import { lowerCase } from './markup-scan';
import { ELEMENT_NODE, TEXT_NODE } from './node-types';

/**
 * Boxes that only wrap another box, collapsed into it before Readability.
 *
 * Page builders and component frameworks nest a story's paragraphs ten to
 * twenty `<div>`s deep, most of them a single `<div>` around another
 * (`container > row > column > inner > widget-wrap > content`). Such a
 * wrapper holds no text of its own and no other child: it is the same box as
 * its child. On linkedom every text and tag count Readability takes walks the
 * subtree, and it takes them for every box and again for every box around
 * it, so its time grows with elements × depth; on long articles built this
 * way, most of the extraction time. Each wrapper is merged into its child:
 * the child keeps its own id (the wrapper's when it has none), and the class
 * names of both, so Readability weighs the merged box by every name it had.
 * A wrapper that says something about visibility or meaning (`style`,
 * `hidden`, `aria-hidden`, `role`, microdata, `dir`, `lang`) is left as it is.
 */

/** Attributes that make a wrapper more than a box: they hide it, give it a role, or carry metadata. */
const MEANINGFUL = new Set([
  'style',
  'hidden',
  'aria-hidden',
  'role',
  'itemprop',
  'itemscope',
  'itemtype',
  'dir',
  'lang',
]);

const BOXES = new Set(['div', 'section']);

/** The only element child of `el` when everything else inside it is whitespace, comments aside. */
function soleChild(el: Element): Element | undefined {
  let only: Element | undefined;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) {
      if (only) return undefined;
      only = child as Element;
    } else if (child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() !== '') return undefined;
  }
  return only;
}

/** Whether `el` is a box with no attribute that makes it more than one (its name first: most elements are not boxes). */
function isPlainWrapper(el: Element): boolean {
  if (!BOXES.has(lowerCase(el.localName))) return false;
  let meaningful = false;
  forEachAttribute(el, ({ name }) => {
    if (MEANINGFUL.has(name)) meaningful = true;
  });
  return !meaningful;
}

/** The box `box` is merged into: its only child, when `box` is a plain wrapper and that child a box. */
function mergeTarget(box: Element): Element | undefined {
  if (!isPlainWrapper(box)) return undefined;
  const inner = soleChild(box);
  return inner && BOXES.has(lowerCase(inner.localName)) ? inner : undefined;
}

/** Merge every plain wrapper box under `root` into its only child box; returns how many were merged. */
export function collapseWrapperBoxes(root: Element): number {
  let merged = 0;
  const visit = (el: Element) => {
    let child = el.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      let box = child;
      for (let inner = mergeTarget(box); inner; inner = mergeTarget(box)) {
        mergeInto(box, inner);
        box = inner;
        merged++;
      }
      visit(box);
      child = next;
    }
  };
  visit(root);
  return merged;
}

/** Put `inner` where `wrapper` is, with the wrapper's class names and (if it has none) its id. */
function mergeInto(wrapper: Element, inner: Element): void {
  const classes = `${classNameOf(wrapper)} ${classNameOf(inner)}`.trim();
  if (classes) inner.setAttribute('class', classes);
  const id = wrapper.getAttribute('id');
  if (id && !inner.hasAttribute('id')) inner.setAttribute('id', id);
  // replaceChild rather than replaceWith: linkedom's replaceWith builds a document fragment to carry the one node.
  wrapper.parentNode?.replaceChild(inner, wrapper);
}
