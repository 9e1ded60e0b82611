import { lowerCase, startTagEnd } from './markup-scan';
import type { MarkupTree } from './markup-tree';

/**
 * document-shape.ts's move, made in the markup: elements that stand in
 * `<html>` beside its `<head>` and `<body>` (a tag manager's `<noscript>`
 * before the body, a footer after it) are written inside the body, at its
 * start or its end by where they stood, as document-shape.ts moves them after
 * parsing. Text between them stays where it is, as it does there. So the
 * page that chrome-before-parse.ts judges has the shape the passes after
 * parsing see.
 *
 * Only a page with one `<head>` first, one `<body>` and nothing else at the
 * top but the `<html>` (and what follows it) is rewritten, and only when
 * every element moved and the body's closing tag have spans that can be
 * moved cleanly (markup-tree.ts); otherwise undefined.
 */
export function withBodyShape(html: string, tree: MarkupTree): string | undefined {
  if (tree.count < 3 || tree.names[0] !== 'html' || tree.names[1] !== 'head') return undefined;
  const children: number[] = [];
  for (let i = 1; i < tree.ends[0]!; i = tree.ends[i]!) children.push(i);
  const bodies = children.filter((i) => tree.names[i] === 'body');
  if (bodies.length !== 1 || children.filter((i) => tree.names[i] === 'head').length !== 1) return undefined;
  const body = bodies[0]!;
  const strays = children.filter((i) => i !== 1 && i !== body);
  if (tree.starts[body]! < 0 || tree.stops[body]! < 0 || strays.some((i) => tree.starts[i]! < 0 || tree.stops[i]! < 0))
    return undefined;
  const contentStart = startTagEnd(html, tree.starts[body]!);
  const bodyClose = html.lastIndexOf('</', tree.stops[body]! - 2);
  if (contentStart < 0 || bodyClose < contentStart || lowerCase(html.slice(bodyClose + 2, bodyClose + 6)) !== 'body')
    return undefined;
  const span = (i: number) => html.slice(tree.starts[i], tree.stops[i]);
  const before = strays.filter((i) => i < body).map(span);
  const after = strays.filter((i) => i > body).map(span);
  const parts: string[] = [];
  let copied = 0;
  for (const i of strays.filter((s) => s < body)) {
    parts.push(html.slice(copied, tree.starts[i]));
    copied = tree.stops[i]!;
  }
  parts.push(html.slice(copied, contentStart), ...before, html.slice(contentStart, bodyClose), ...after);
  copied = bodyClose;
  for (const i of strays.filter((s) => s > body)) {
    parts.push(html.slice(copied, tree.starts[i]));
    copied = tree.stops[i]!;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}
