import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { documentOf, outcome, plain, readabilityOptions as options, STORY } from '../../helpers/readability-outcome';
import { readabilityWithCheaperChecks } from '../../../lambdas/core/extract/readability-checks';

const cheaper = (html: string) => outcome(readabilityWithCheaperChecks(documentOf(html), options).parse());
const page = (inside: string) =>
  `<html><head><title>Ferry</title></head><body><article>${STORY}${inside}${STORY}</article></body></html>`;

/**
 * A table of `rows` rows of `columns` cells, with `attributes` on the table and `extra` markup inside it. Its
 * cells are links, so Readability's conditional cleaning removes it unless it is marked a data table.
 */
function table(rows: number, columns: number, attributes = '', extra = ''): string {
  const row = `<tr>${'<td><a href="/fares">Fare 2 pounds</a></td>'.repeat(columns)}</tr>`;
  return `<table ${attributes}>${extra}${row.repeat(rows)}</table>`;
}

describe('Readability passes done in one walk (readability-walks.ts)', () => {
  it.each([
    ['a layout table with role presentation', table(12, 6, 'role="presentation"')],
    ['a table marked datatable="0"', table(12, 6, 'datatable="0"')],
    ['a table with a summary', table(1, 1, 'summary="Fares"')],
    ['a table with a caption', table(1, 2, '', '<caption>Fares by zone</caption>')],
    ['a table with an empty caption', table(1, 2, '', '<caption></caption>')],
    ['a table with a header cell', table(1, 1, '', '<tr><th>Zone</th></tr>')],
    ['a table with a column group', table(1, 1, '', '<colgroup><col></colgroup>')],
    ['a table with a table inside', `<table><tr><td>${table(3, 3)}</td></tr></table>`],
    [
      'a table with a header cell and a table inside',
      `<table><tr><th>Zone</th></tr><tr><td>${table(2, 2)}</td></tr></table>`,
    ],
    ['a table with an empty caption, then a caption', table(2, 2, '', '<caption></caption><caption>Zones</caption>')],
    [
      'a table holding a caption and a table',
      `<table><caption>Zones</caption><tr><td>${table(2, 2)}</td></tr></table>`,
    ],
    ['a one-column table', table(8, 1)],
    ['a one-row table', table(1, 8)],
    ['a long table', table(10, 2)],
    ['a wide table', table(2, 5)],
    ['a small table', table(3, 3)],
    ['a table of 2 by 5', table(2, 5)],
    ['a table with spans', table(2, 2, '', '<tr rowspan="4"><td colspan="3">Zone</td></tr>')],
  ])('marks %s as Readability does (the article keeps or drops it the same way)', (_label, inside) => {
    expect(cheaper(page(inside))).toBe(plain(page(inside)));
  });

  it('keeps a data table of links and drops a layout table of links, as Readability does', () => {
    const html = page(`${table(2, 2, 'id="data"', '<thead></thead>')}${table(2, 2, 'id="layout"')}`);
    expect(cheaper(html)).toContain('data');
    expect(cheaper(html)).not.toContain('layout');
    expect(cheaper(html)).toBe(plain(html));
  });

  it('removes the presentational attributes Readability removes, and leaves the others and <svg>', () => {
    const inside =
      '<div style="color: red" align="center" data-x="1"><p border="1" style="margin: 0" class="lead" vspace="2">Styled words of a box that stays in the story, long enough to stay.</p>' +
      '<table width="10" height="20" bgcolor="red"><tr><td width="5" valign="top">Fare</td><th height="3">Zone</th></tr></table>' +
      '<hr width="50"><img width="10" height="10" src="/a.jpg"><pre width="80" style="x">Listing</pre>' +
      '<svg style="fill: red" width="10"><rect style="x" align="left"></rect></svg></div>';
    const html = page(inside);
    expect(cheaper(html)).toContain('data-x');
    expect(cheaper(html)).not.toContain('color: red');
    expect(cheaper(html)).toBe(plain(html));
  });

  it.each([
    ['a short share box', '<div class="share-tools"><a href="/s">Send</a></div>'],
    ['a share box named by its id', '<p id="sharedaddy">Share this story</p>'],
    [
      'a long share box, with a short one inside',
      `<div class="share">${'Long words about sharing. '.repeat(30)}<span class="share_links">Mail</span></div>`,
    ],
    [
      'share boxes inside a share box',
      '<div class="share"><div class="share"><p class="share">x</p></div></div><p class="share">y</p>',
    ],
    ['a share box inside a template', '<template><p class="share">Send</p></template>'],
    ['a name that only contains "share"', '<div class="shared-ride sharebar">Shared rides to the ferry.</div>'],
  ])('removes %s as Readability does', (_label, inside) => {
    const html = page(`<div>${inside}</div>`);
    expect(cheaper(html)).toBe(plain(html));
  });

  it('removes share boxes through _removeAndGetNext, the same calls in the same order as Readability', () => {
    const html = page(
      '<div><div class="share">a</div><div class="share"><p class="share">b</p></div><p>Kept words.</p></div>',
    );
    const removed = (reader: Readability<Element>) => {
      const internals = reader as unknown as { _removeAndGetNext(node: Element): Element | null };
      const remove = internals._removeAndGetNext;
      const names: string[] = [];
      internals._removeAndGetNext = function (node) {
        names.push(node.outerHTML);
        return remove.call(this, node);
      };
      reader.parse();
      return names;
    };
    const ours = removed(readabilityWithCheaperChecks(documentOf(html), options));
    expect(ours).toContain('<p class="share">b</p>');
    expect(ours).toEqual(removed(new Readability<Element>(documentOf(html), options)));
  });

  it('reads a table’s contents once, not with a getElementsByTagName call per tag', () => {
    const document = documentOf(page(table(2, 2, '', '<caption>Fares by zone</caption><thead></thead>')));
    const asked: string[] = [];
    const tableElement = document.querySelector('table')!;
    const getElementsByTagName = tableElement.getElementsByTagName.bind(tableElement);
    tableElement.getElementsByTagName = ((name: string) => {
      asked.push(name);
      return getElementsByTagName(name);
    }) as typeof tableElement.getElementsByTagName;
    readabilityWithCheaperChecks(document, options).parse();
    expect(asked).not.toContain('caption');
  });
});
