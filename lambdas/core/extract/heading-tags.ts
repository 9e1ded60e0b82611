/** The six heading elements, upper-case as `tagName` reads them in HTML documents. */
export const HEADING_TAGS: readonly string[] = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
