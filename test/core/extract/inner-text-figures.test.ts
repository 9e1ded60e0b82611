import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { InnerTextFigures } from '../../../lambdas/core/extract/inner-text-figures';
import { readabilityFixtureDir as fixtureDir } from '../../helpers/readability-outcome';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** Readability's `_getInnerText(e)`, as its source reads. */
const innerText = (e: Element) => (e.textContent ?? '').trim().replace(/\s{2,}/g, ' ');

/** Every element's two figures next to what Readability's text gives; the labels say which element differs. */
function figuresOf(document: Document, figures = new InnerTextFigures()): { figures: string[]; readability: string[] } {
  const elements = [...document.querySelectorAll('*')];
  const label = (el: Element, i: number) => `${i} <${el.localName}>`;
  return {
    figures: elements.map((el, i) => `${label(el, i)} ${figures.lengthOf(el)} ${figures.commasOf(el)}`),
    readability: elements.map(
      (el, i) => `${label(el, i)} ${innerText(el).length} ${innerText(el).split(',').length - 1}`,
    ),
  };
}

describe('Class: InnerTextFigures', () => {
  it.each([
    ['runs of whitespace across element boundaries', '<div> One, <b> two </b>\n\n<i>\tthree,</i>  </div>'],
    ['single whitespace characters left as they are', '<div>a\nb<span>\t</span>c</div>'],
    ['elements with no text or only whitespace', '<div><span></span><p>   </p><br></div>'],
    ['no-break and other Unicode spaces', '<div>\u00a0Fares,\u2003<em>\u00a0\u00a0</em>routes\u3000</div>'],
    [
      'commas in nested links and headings',
      '<div><h2>Ferry, bus, rail</h2><p><a href="/a">one, two</a>, three</p></div>',
    ],
  ])('gives the length and commas of Readability’s inner text for %s', (_label, body) => {
    const { figures, readability } = figuresOf(documentOf(`<html><body>${body}</body></html>`));
    expect(figures).toEqual(readability);
  });

  it.each(readdirSync(fixtureDir).filter((name) => name.endsWith('.html')))(
    'gives Readability’s figures for every element of the fixture %s',
    (name) => {
      const { figures, readability } = figuresOf(documentOf(readFileSync(resolve(fixtureDir, name), 'utf8')));
      expect(figures).toEqual(readability);
    },
  );

  it('gives the figures of the boxes above a removed element as they are after the removal', () => {
    const document = documentOf(
      '<html><body><div id="outer"> Lead, <div id="inner"><p id="gone">Dropped, words</p> kept</div> tail </div></body></html>',
    );
    const figures = new InnerTextFigures();
    const gone = document.getElementById('gone')!;
    expect(figuresOf(document, figures).figures).toEqual(figuresOf(document).readability);
    figures.forget(gone);
    gone.remove();
    expect(figuresOf(document, figures).figures).toEqual(figuresOf(document).readability);
  });
});
