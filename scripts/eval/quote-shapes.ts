/**
 * The shape of the reporter's text between a quote and its Source, as letter classes only: a capitalised
 * word is X, a lower-case one x, runs of them X+ / x+, digits 9, punctuation kept. `eval:quotes-errors
 * -- --shapes` counts these per bucket, so the layout of the errors can be studied on dev without reading
 * any dev quote or name (a round-up of "“…” ― Name" lines shows as Q..S [” ― ]). A fix found this way on
 * dev makes dev a little less unseen: say so beside its figures.
 */
export function letterClasses(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\p{Lu}[\p{L}'’.-]*/gu, 'X')
    .replace(/\p{Ll}[\p{L}'’-]*/gu, 'x')
    .replace(/\d+/g, '9')
    .replace(/(?:x )+x/g, 'x+')
    .replace(/(?:X )+X/g, 'X+');
}

interface Span {
  start: number;
  end: number;
}

/** "S..Q [shape]" when the Source comes first, "Q..S [shape]" when the quote does; at most 40 characters of shape. */
export function shapeBetween(body: string, source: Span, quote: Span): string {
  const sourceFirst = source.end <= quote.start;
  const between = sourceFirst ? body.slice(source.end, quote.start) : body.slice(quote.end, source.start);
  return `${sourceFirst ? 'S..Q' : 'Q..S'} [${letterClasses(between).slice(0, 40)}]`;
}
