/**
 * linkedom builds the tree as the markup reads, not as an HTML5 parser would.
 * Markup between `</head>` and `<body>` (a tag manager's `<script>`, a
 * `<noscript>` iframe) stays a child of `<html>`, and then `document.body`
 * (which in linkedom wants `<body>` right after `<head>`) makes a new, empty
 * body: the page's story is left outside it and nothing is extracted.
 * Browsers put such elements into the head or the body; here they move into
 * the page's first `<body>` (its start or its end, by where they stood), and
 * the content of any further `<body>` is appended to the first.
 */
export function normaliseDocumentShape(document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  const children = [...root.children];
  const body = children.find((el) => el.tagName.toUpperCase() === 'BODY');
  if (!body) return;
  const before: Element[] = [];
  let seenBody = false;
  for (const child of children) {
    const tag = child.tagName.toUpperCase();
    if (child === body) {
      seenBody = true;
    } else if (tag === 'BODY') {
      body.append(...child.childNodes);
      child.remove();
    } else if (tag !== 'HEAD') {
      if (seenBody) body.append(child);
      else before.push(child);
    }
  }
  if (before.length > 0) body.prepend(...before);
}
