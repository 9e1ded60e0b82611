/**
 * `element.closest("ul, ol")` for tag names only, as a walk up the tree.
 * linkedom compiles the selector string on every `closest` call, and the
 * chrome and paragraph passes ask it of hundreds of elements per page.
 * Names are compared in upper case, as `tagName` gives them in an HTML
 * document (where the selector's tag names match in any case).
 */
export function closestWithTag(element: Element | null, tagNames: ReadonlySet<string>): Element | null {
  for (let up = element; up; up = up.parentElement) if (tagNames.has(up.tagName)) return up;
  return null;
}
