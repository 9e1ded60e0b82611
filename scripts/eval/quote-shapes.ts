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

/**
 * A missed gold quote's layout, letter classes only: three characters either side of it in the body
 * (its marks, or the lack of them), how many paragraph breaks it crosses, and how the spans the marks
 * found meet it ("none", "inside" when a found span lies within it, "covers" when one holds it, "crosses"
 * when one runs over one of its ends). Counted per bucket on dev without reading a dev quote.
 */
export function spanMissShape(body: string, gold: Span, found: readonly Span[], kept: readonly Span[]): string {
  const around = (text: string) => letterClasses(text.replace(/\n/g, '¶'));
  const before = around(body.slice(Math.max(0, gold.start - 3), gold.start));
  const after = around(body.slice(gold.end, gold.end + 3));
  const breaks = (body.slice(gold.start, gold.end).match(/\n\s*\n/g) ?? []).length;
  const touching = found.filter((s) => s.start < gold.end && s.end > gold.start);
  const relation =
    touching.length === 0
      ? 'none'
      : touching.some((s) => s.start <= gold.start && s.end >= gold.end)
        ? 'covers'
        : touching.every((s) => s.start >= gold.start && s.end <= gold.end)
          ? `inside×${touching.length}`
          : 'crosses';
  const cover = touching.find((s) => s.start <= gold.start && s.end >= gold.end);
  // Where a covering span starts and ends: in the gold's paragraph, or how many breaks away.
  const reach = cover
    ? ` from ¶-${(body.slice(cover.start, gold.start).match(/\n\s*\n/g) ?? []).length} to ¶+${(body.slice(gold.end, cover.end).match(/\n\s*\n/g) ?? []).length}`
    : '';
  const keptTouching = kept.filter((s) => s.start < gold.end && s.end > gold.start);
  const fate = keptTouching.length === 0 ? 'not kept' : `kept ${keptTouching.length}`;
  return `[${before}]Q[${after}] ¶${breaks} ${relation}${reach}, ${fate}`;
}
