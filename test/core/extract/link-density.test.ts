import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { LinkDensityIndex } from '../../../lambdas/core/extract/link-density';
import { readabilityWithCheaperChecks } from '../../../lambdas/core/extract/readability-checks';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');
const HASH_URL = /^#.+/;

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** Readability's `_getLinkDensity`, written out as its source reads. */
function readabilityLinkDensity(element: Element): number {
  const innerText = (e: Element) => (e.textContent ?? '').trim().replace(/\s{2,}/g, ' ');
  const textLength = innerText(element).length;
  if (textLength === 0) return 0;
  let linkLength = 0;
  for (const link of element.getElementsByTagName('a')) {
    const href = link.getAttribute('href');
    linkLength += innerText(link).length * (href && HASH_URL.test(href) ? 0.3 : 1);
  }
  return linkLength / textLength;
}

/** Every element's density from the index next to Readability's; the labels say which element differs. */
function densities(html: string): { index: string[]; readability: string[] } {
  const document = documentOf(html);
  const index = new LinkDensityIndex(document.documentElement, HASH_URL);
  const elements = [...document.querySelectorAll('*')];
  expect(elements.length).toBeGreaterThan(3);
  const label = (el: Element, i: number) => `${i} <${el.localName}>`;
  return {
    index: elements.map((el, i) => `${label(el, i)} ${index.densityOf(el)}`),
    readability: elements.map((el, i) => `${label(el, i)} ${readabilityLinkDensity(el)}`),
  };
}

describe('Class: LinkDensityIndex', () => {
  it.each([
    [
      'spaces, tabs, line breaks and no-break spaces across elements',
      '<div>\n  <p>One \t two</p>\u00a0<a href="/x"> three  </a>\n\n<span>four</span>  </div>',
    ],
    [
      'links to "#…" (0.3 of their length) among plain links',
      '<div><a href="#top">Back to top</a> text <a href="/a">plain link</a> <a href="#">bare hash</a><a href="#n1">1</a> and more text here</div>',
    ],
    [
      'links inside links, each counted once per link around it',
      '<div>Before <a href="/o">outer <b><a href="/i">inner</a></b> end</a> after</div>',
    ],
    ['elements with only whitespace or nothing', '<div> <p>   </p><span></span><a href="/e"> </a>text</div>'],
    ['entities, which split text nodes', '<p>Tom&nbsp;&amp;&nbsp;<a href="/j">Jerry &lt;3</a>&#8217;s</p>'],
  ])('gives Readability’s link density for every element, with %s', (_label, body) => {
    const { index, readability } = densities(`<html><body>${body}</body></html>`);
    expect(index).toEqual(readability);
  });

  it('has no figure for an element it did not walk', () => {
    const document = documentOf('<html><body><p>Text <a href="/a">link</a></p></body></html>');
    const index = new LinkDensityIndex(document.body, HASH_URL);
    expect(index.densityOf(document.body.querySelector('p')!)).toBe(4 / 9);
    expect(index.densityOf(document.createElement('div'))).toBeUndefined();
  });

  describe.each(readdirSync(fixtureDir).filter((name) => name.endsWith('.html')))('on the fixture %s', (name) => {
    it('gives Readability’s link density for every element', () => {
      const { index, readability } = densities(readFileSync(resolve(fixtureDir, name), 'utf8'));
      expect(index).toEqual(readability);
    });
  });
});

describe('Function: readabilityWithCheaperChecks, link densities', () => {
  const STORY =
    '<p>The harbour ferry will run every twenty minutes from March, the port authority said, replacing the hourly boat.</p>' +
    '<p>Officials said the change needs two more crews and that fares will stay as they are until the end of next year.</p>';
  const html =
    `<html><head><title>Ferry</title></head><body><div class="wrap"><nav><a href="#top">Top</a> <a href="/a">Home</a></nav>` +
    `<article>${STORY}<p>See <a href="#n1">note 1</a> and <a href="/b">the timetable</a>.</p>${STORY}</article>` +
    `<div class="more"><p><a href="/c">Rail strike called off after talks, union says</a></p></div></div></body></html>`;
  const options = { keepClasses: true, serializer: (node: Node) => node as Element };

  it('weighs the candidates from the index, and Readability’s own method answers outside the scoring', () => {
    const own = vi.spyOn(Readability.prototype as unknown as { _getLinkDensity: () => number }, '_getLinkDensity');
    try {
      const plainDocument = documentOf(html);
      const expected = new Readability<Element>(plainDocument, options).parse();
      const plainCalls = own.mock.calls.length;
      own.mockClear();
      const parsed = readabilityWithCheaperChecks(documentOf(html), options).parse();
      expect(parsed?.content?.outerHTML).toBe(expected?.content?.outerHTML);
      expect(plainCalls).toBeGreaterThan(0);
      expect(own.mock.calls.length).toBeLessThan(plainCalls);
    } finally {
      own.mockRestore();
    }
  });
});
