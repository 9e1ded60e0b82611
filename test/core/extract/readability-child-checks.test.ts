import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import {
  type ChildCheckInternals,
  withChildChecksWalked,
} from '../../../lambdas/core/extract/readability-child-checks';
import { documentOf, readabilityFixtureDir, readabilityOptions } from '../../helpers/readability-outcome';

/**
 * Invented boxes for each way the checks can answer: one paragraph alone, with whitespace, with text beside it,
 * with a comment, with text ending in a space (which Readability's `hasContent` does not count); blocks deep under inline elements; links, `del` and `ins` holding phrasing or not; a template.
 */
const BOXES_PAGE = `<html><head><title>Ferry</title></head><body>
  <div id="lone"><p>Only a paragraph.</p></div>
  <div id="spaced">
    <p>A paragraph between blank lines.</p>
  </div>
  <div id="beside">Words<p>and a paragraph.</p></div>
  <div id="trailing">Words <p>and a paragraph.</p></div>
  <div id="after"><p>A paragraph</p> then words</div>
  <div id="commented"><!-- a note --><p>A paragraph after a comment.</p></div>
  <div id="two"><p>One.</p><p>Two.</p></div>
  <div id="other"><section>Not a paragraph.</section></div>
  <div id="deep"><span><b><i><table><tr><td>cell</td></tr></table></i></b></span></div>
  <div id="inline"><span>Only <b>inline</b> <a href="/x">things</a> <code>x</code></span></div>
  <div id="late"><span>first</span><em>second <u>third <ol><li>item</li></ol></u></em></div>
  <p id="links"><a href="/a">plain link</a> <a href="/b"><span>span link</span></a> <a href="/c"><div>block link</div></a>
    <del>gone <a href="/d">linked</a></del><ins><p>added block</p></ins><abbr>TV</abbr><!-- c --><![CDATA[x]]></p>
  <div id="templated"><template><p>inside a template</p></template></div>
  <table id="grid"><tbody><tr><td>one cell</td></tr></tbody></table>
  <div class="story" id="renamed" data-x="1" style="color:red" hidden>Renamed <b>box</b></div>
</body></html>`;

const pages: Record<string, string> = {
  'invented boxes': BOXES_PAGE,
  ...Object.fromEntries(
    readdirSync(readabilityFixtureDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name, readFileSync(resolve(readabilityFixtureDir, name), 'utf8')]),
  ),
};

/** Every node of the document (elements, text, comments), in document order. */
function allNodes(document: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      nodes.push(child);
      visit(child);
    }
  };
  visit(document);
  return nodes;
}

/** A Readability on `document`, and its own (prototype) checks bound to it. */
function readerAndOriginals(document: Document) {
  const reader = new Readability<Element>(document, readabilityOptions) as unknown as ChildCheckInternals;
  const prototype = Readability.prototype as unknown as ChildCheckInternals;
  const originals = {
    single: (e: Element, tag: string) => prototype._hasSingleTagInsideElement.call(reader, e, tag),
    block: (e: Element) => prototype._hasChildBlockElement.call(reader, e),
    phrasing: (n: Node) => prototype._isPhrasingContent.call(reader, n),
  };
  return { reader, originals };
}

const SINGLE_TAGS = ['P', 'DIV', 'SECTION', 'TBODY', 'TR', 'TD'];

describe('Function: withChildChecksWalked', () => {
  it.each(Object.entries(pages))('answers every check on every node of %s as Readability does', (_, html) => {
    const document = documentOf(html);
    const { reader, originals } = readerAndOriginals(document);
    const nodes = allNodes(document);
    const elements = nodes.filter((n): n is Element => n.nodeType === 1);
    const expected = {
      single: SINGLE_TAGS.map((tag) => elements.map((e) => originals.single(e, tag))),
      block: elements.map((e) => originals.block(e)),
      phrasing: nodes.map((n) => originals.phrasing(n)),
    };
    withChildChecksWalked(reader);
    expect(SINGLE_TAGS.map((tag) => elements.map((e) => reader._hasSingleTagInsideElement(e, tag)))).toEqual(
      expected.single,
    );
    expect(elements.map((e) => reader._hasChildBlockElement(e))).toEqual(expected.block);
    expect(nodes.map((n) => reader._isPhrasingContent(n))).toEqual(expected.phrasing);
  });

  it('has boxes on the invented page that each check answers both ways (so the comparison above tests something)', () => {
    const document = documentOf(BOXES_PAGE);
    const { reader } = readerAndOriginals(document);
    withChildChecksWalked(reader);
    const byId = (id: string) => document.getElementById(id)!;
    const single = ['lone', 'spaced', 'commented', 'trailing', 'beside', 'after', 'two', 'other'].map((id) =>
      reader._hasSingleTagInsideElement(byId(id), 'P'),
    );
    expect(single).toEqual([true, true, true, true, false, false, false, false]);
    expect(['deep', 'late', 'inline', 'templated'].map((id) => reader._hasChildBlockElement(byId(id)))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    const links = [...byId('links').childNodes]
      .filter((n) => n.nodeType === 1)
      .map((n) => reader._isPhrasingContent(n));
    expect(links).toEqual([true, true, false, true, false, true]);
  });

  it.each(Object.entries(pages))('renames every element of %s as Readability does', (_, html) => {
    const renameAll = (walked: boolean) => {
      const document = documentOf(html);
      const { reader } = readerAndOriginals(document);
      if (walked) withChildChecksWalked(reader);
      const renamed: string[] = [];
      // Readability's mark on a scored element travels with it.
      for (const [i, element] of [...document.body.querySelectorAll('*')].entries()) {
        if (i % 3 === 0) (element as Element & { readability?: unknown }).readability = { contentScore: i };
        const replacement = reader._setNodeTag(element, i % 2 ? 'P' : 'DIV');
        renamed.push(
          `${replacement.outerHTML} ${JSON.stringify((replacement as Element & { readability?: unknown }).readability)}`,
        );
      }
      return { renamed, page: document.documentElement.outerHTML };
    };
    expect(renameAll(true)).toEqual(renameAll(false));
  });
});
