/**
 * An element's class attribute, read from its attribute node.
 *
 * linkedom's `className`, which its `getAttribute("class")` returns, joins
 * the element's token set into a new string at every read; builder pages
 * carry long class lists on nearly every element, and the chrome, name and
 * wrapper passes read every element's. The attribute node holds the same
 * string (linkedom writes the joined tokens back into it whenever the tokens
 * change), so it is read from there; "" when there is none, as `className` gives.
 */
export function classNameOf(element: Element): string {
  return element.getAttributeNode('class')?.value ?? '';
}
