import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declaringElements } from '../../../lambdas/core/extract/declaring-elements';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** What each selector query finds, to compare the one walk with. */
function byQueries(document: Document) {
  return {
    title: document.querySelector('title') ?? undefined,
    base: document.querySelector('base[href]') ?? undefined,
    canonical: document.querySelector('link[rel="canonical"]') ?? undefined,
    datedTime: document.querySelector('time[datetime]') ?? undefined,
    linkedData: [...document.querySelectorAll('script[type="application/ld+json"]')],
    metas: [...document.querySelectorAll('meta')],
  };
}

describe('Function: declaringElements', () => {
  it.each([
    [
      'a page with each of them in its head',
      `<html><head><title>Harbour fair</title><base href="https://example.org/"><link rel="canonical" href="/a">
       <meta name="author" content="Ana Lenz"><script type="application/ld+json">{}</script></head>
       <body><p><time datetime="2025-01-02">2 Jan</time></p></body></html>`,
    ],
    [
      'values in other cases, repeats, and elements in the body and after it',
      `<html><head><link rel="stylesheet" href="/s.css"><link REL="Canonical" href="/b"><link rel="canonical" href="/c">
       <script type="text/javascript"></script><script type="Application/LD+JSON">{"a":1}</script></head>
       <body><svg><title>icon</title></svg><meta property="og:title" content="x"><time>no date</time>
       <div><time datetime="2024">2024</time><base target="_blank"><base href="/d"></div>
       <script type="application/ld+json ">{}</script></body></html><meta name="late" content="y">`,
    ],
    [
      'elements inside a template, which selectors do not see, and none at all',
      `<html><head></head><body><template><title>t</title><meta name="m" content="n">
       <script type="application/ld+json">{}</script></template><p>Text.</p></body></html>`,
    ],
  ])('finds what the selector queries find, for %s', (_label, html) => {
    const document = documentOf(html);
    const found = declaringElements(document);
    const expected = byQueries(document);
    for (const one of ['title', 'base', 'canonical', 'datedTime'] as const) expect(found[one]).toBe(expected[one]);
    for (const all of ['linkedData', 'metas'] as const) {
      expect(found[all]).toHaveLength(expected[all].length);
      for (const [i, el] of found[all].entries()) expect(el).toBe(expected[all][i]);
    }
  });

  it('finds the later canonical link and the dated time in the body, past the ones that do not qualify', () => {
    const document = documentOf(
      `<html><head><link rel="stylesheet" href="/s.css"><link REL="x" rel="Canonical" href="/b"></head>
       <body><time>no date</time><time datetime="2024">2024</time><base target="_blank"><base href="/d"></body></html>`,
    );
    const found = declaringElements(document);
    expect(found.canonical?.getAttribute('href')).toBe('/b');
    expect(found.datedTime?.textContent).toBe('2024');
    expect(found.base?.getAttribute('href')).toBe('/d');
  });

  it('tells the elements apart by identity, in document order', () => {
    const document = documentOf(
      '<html><head><meta name="a" content="1"><meta name="b" content="2"></head><body><meta name="c" content="3"></body></html>',
    );
    const found = declaringElements(document);
    expect(found.metas.map((m) => m.getAttribute('name'))).toEqual(['a', 'b', 'c']);
    expect(found.metas[2]).toBe(document.querySelectorAll('meta')[2]);
  });
});
