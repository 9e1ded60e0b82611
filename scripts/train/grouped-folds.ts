/**
 * Grouped cross-validation for the training scripts: every group (an outlet
 * of PolNeAR train) is held out once while a model is fitted on the others,
 * so what is read off the held-out predictions is what a fit does on news
 * from a source it has never seen, not on the articles it was fitted on.
 */

/**
 * The outlet of a PolNeAR article, from its file name `<outlet>_<date>_<slug>.txt`
 * (`train/nyt_2016-10-03_….txt` → `nyt`).
 */
export function outletOf(id: string): string {
  const name = id.slice(id.lastIndexOf('/') + 1);
  const cut = name.indexOf('_');
  if (cut <= 0) throw new Error(`not an <outlet>_<date>_<slug> file name: ${id}`);
  return name.slice(0, cut);
}

/** The groups of the items, sorted, so the folds run in the same order every time. */
export function groupsOf<T>(items: readonly T[], groupOf: (item: T) => string): string[] {
  return [...new Set(items.map(groupOf))].sort();
}

/**
 * Out-of-fold results: for each group, `fold(rest, held)` sees the items of every other group and
 * returns one result per held-out item (in `held`'s order). Returned in the items' own order.
 * Needs at least two groups (with one, nothing is left to fit on).
 */
export function outOfFold<T, R>(
  items: readonly T[],
  groupOf: (item: T) => string,
  fold: (rest: T[], held: T[], group: string) => R[],
): R[] {
  const groups = groupsOf(items, groupOf);
  if (groups.length < 2) throw new Error(`grouped cross-validation needs two groups or more, got ${groups.length}`);
  const out = new Array<R>(items.length);
  for (const group of groups) {
    const heldAt: number[] = [];
    const rest: T[] = [];
    items.forEach((item, i) => {
      if (groupOf(item) === group) heldAt.push(i);
      else rest.push(item);
    });
    const results = fold(
      rest,
      heldAt.map((i) => items[i]!),
      group,
    );
    if (results.length !== heldAt.length)
      throw new Error(`fold ${group}: ${results.length} results for ${heldAt.length} held-out items`);
    heldAt.forEach((i, k) => {
      out[i] = results[k]!;
    });
  }
  return out;
}
