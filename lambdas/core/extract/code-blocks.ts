import { elementsWhere } from './linkedom-walk';

/**
 * A syntax highlighter wraps every token of a code block in its own `<span>`:
 * one long listing can be thousands of elements, each built, scored and
 * cleaned by Readability, for text that reads the same without them. Each
 * `<pre>` keeps its text (line breaks included) and loses the markup inside it.
 */
export function flattenCodeBlocks(root: Element): void {
  for (const pre of elementsWhere(root, (element) => element.localName === 'pre'))
    if (isMarkedUpCode(pre)) flattenCode(pre);
}

/** A `<pre>` with elements inside it, which `flattenCode` would turn to text; nothing inside it needs a look after that. */
export function isMarkedUpCode(element: Element): boolean {
  return element.localName === 'pre' && element.children.length > 0;
}

/** Replace the markup inside `pre` with its text. */
export function flattenCode(pre: Element): void {
  pre.textContent = lineBrokenText(pre);
}

/** The element's text, with each <br> read as the line break it draws. */
function lineBrokenText(el: Element): string {
  for (const br of el.querySelectorAll('br')) br.replaceWith('\n');
  return el.textContent ?? '';
}
