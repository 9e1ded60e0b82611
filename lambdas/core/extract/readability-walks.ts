import { elementsNamed, forEachAttribute, forEachElement, outermostWhere } from './linkedom-walk';

/**
 * Three of `_prepArticle`'s passes over the article done with one walk where
 * Readability makes many, on the instance we create: same edits, same marks.
 * All cost in proportion to the article, and the articles of the slowest
 * pages are long (their tables and styled boxes are where these passes spend).
 *
 * - `_cleanStyles` removes the presentational attributes (`style`, `align`,
 *   `border`…, and `width`/`height` of tables, cells, rules and listings) of
 *   every element of the article: fourteen `removeAttribute` calls per
 *   element, each a walk of the element's attributes. Here each element's
 *   attributes are read once and only those present are removed, by name as
 *   Readability removes them (the first attribute of that name).
 * - `_markDataTables` tells data tables from layout tables: per table up to
 *   seven `getElementsByTagName` calls (its caption, its `col`, `colgroup`,
 *   `tfoot`, `thead` or `th`, a table inside it), each a walk of the whole
 *   table that upper-cases the name of every element it passes. Here one walk
 *   of the table finds all three, and they are tested in Readability's order.
 * - `_cleanMatchedNodes` (the "share" boxes under each child of the article)
 *   steps from element to element through linkedom's getters, each stepping
 *   over attributes and text. Here the subtree is walked off linkedom's list
 *   (linkedom-walk.ts), over each matched element's subtree as Readability
 *   steps over it, and the matches are removed afterwards in document order,
 *   through `_removeAndGetNext` as Readability removes them. The test of an
 *   element reads its own names and text only, and removing an element changes
 *   neither for the elements after it (none of them is inside it or holds it),
 *   so testing them all before the removals gives the same answers.
 * test/core/extract/readability-walks.test.ts compares them with Readability's.
 */

/** The members of Readability's instance these overrides read or replace (not in its published types). */
export interface WalkInternals {
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
  _cleanStyles(e: Element | null): void;
  _markDataTables(root: Element): void;
  _getRowAndColumnCount(table: Element): { rows: number; columns: number };
  _cleanMatchedNodes(e: Element, filter: (node: Element, matchString: string) => boolean): void;
  _removeAndGetNext(node: Element): Element | null;
}

/** Readability's mark on a table, read by its conditional cleaning. */
type MarkedTable = Element & { _readabilityDataTable?: boolean };

/** Elements inside a table that make it a data table (Readability's `dataTableDescendants`). */
const DATA_TABLE_DESCENDANTS = new Set(['col', 'colgroup', 'tfoot', 'thead', 'th']);

/** What `_markDataTables` looks for inside a table, from one walk of it. */
interface TableContents {
  caption: Element | undefined;
  dataDescendant: boolean;
  nestedTable: boolean;
}

/** The elements inside `table` that Readability's `getElementsByTagName` calls would find (templates included, as they look). */
function contentsOf(table: Element): TableContents {
  const found: TableContents = { caption: undefined, dataDescendant: false, nestedTable: false };
  forEachElement(
    table,
    (element) => {
      const name = element.localName;
      if (name === 'caption') found.caption ??= element;
      else if (name === 'table') found.nestedTable = true;
      else if (DATA_TABLE_DESCENDANTS.has(name)) found.dataDescendant = true;
    },
    true,
  );
  return found;
}

/** Readability's verdict on one table (its `_markDataTables` loop body), with the table's contents read once. */
function isDataTable(table: Element, internals: WalkInternals): boolean {
  if (table.getAttribute('role') === 'presentation') return false;
  if (table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  const { caption, dataDescendant, nestedTable } = contentsOf(table);
  if (caption?.childNodes.length) return true;
  if (dataDescendant) return true;
  // Nested tables indicate a layout table.
  if (nestedTable) return false;
  const { rows, columns } = internals._getRowAndColumnCount(table);
  // Single column or row tables are commonly used for page layout.
  if (columns === 1 || rows === 1) return false;
  if (rows >= 10 || columns > 4) return true;
  return rows * columns > 10;
}

export function withPrepPassesInOneWalk(internals: WalkInternals): void {
  const presentational = new Set(internals.PRESENTATIONAL_ATTRIBUTES);
  const sizedTags = internals.DEPRECATED_SIZE_ATTRIBUTE_ELEMS;

  /** Readability's `_cleanStyles`: the same elements (not into `<svg>`), the same attributes removed. */
  const cleanStyles = (e: Element | null): void => {
    if (!e || e.tagName.toLowerCase() === 'svg') return;
    const sized = sizedTags.includes(e.tagName);
    let names: string[] | undefined;
    forEachAttribute(e, ({ name }) => {
      if (!presentational.has(name) && !(sized && (name === 'width' || name === 'height'))) return;
      // One removal per name, as Readability makes it.
      if (!names?.includes(name)) (names ??= []).push(name);
    });
    if (names) for (const name of names) e.removeAttribute(name);
    for (let child = e.firstElementChild; child !== null; child = child.nextElementSibling) cleanStyles(child);
  };
  internals._cleanStyles = cleanStyles;

  internals._cleanMatchedNodes = function (e, filter) {
    // The elements Readability's walk visits (its getters step into templates too), each match's inside skipped.
    const matched = outermostWhere(e, (node) => filter.call(this, node, node.className + ' ' + node.id), true);
    for (const node of matched) this._removeAndGetNext(node);
  };

  internals._markDataTables = (root) => {
    for (const table of elementsNamed(root, 'table'))
      (table as MarkedTable)._readabilityDataTable = isDataTable(table, internals);
  };
}
