import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  CHROME_MARK,
  cutChromeBeforeParse,
  removeMarkedChrome,
} from '../../../lambdas/core/extract/chrome-before-parse';
import { protectEmbeddedPosts } from '../../../lambdas/core/extract/chrome-markup';
import { flattenCodeBlocks } from '../../../lambdas/core/extract/code-blocks';
import { type DeclaringElements, declaringElements } from '../../../lambdas/core/extract/declaring-elements';
import { elementsWhere } from '../../../lambdas/core/extract/linkedom-walk';
import { neutraliseMisleadingNames } from '../../../lambdas/core/extract/misleading-names';
import { walkPage } from '../../../lambdas/core/extract/page-walk';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** The declaring elements as markup, read before the page changes. */
function declaredMarkup(found: DeclaringElements): unknown {
  const markup = (el: Element | undefined) => el?.outerHTML;
  return {
    title: markup(found.title),
    base: markup(found.base),
    canonical: markup(found.canonical),
    datedTime: markup(found.datedTime),
    linkedData: found.linkedData.map(markup),
    metas: found.metas.map(markup),
  };
}

/** What the page was prepared into, step by step, each step a walk of its own (as before page-walk.ts). */
function stepByStep(html: string) {
  const document = documentOf(html);
  const declared = declaredMarkup(declaringElements(document));
  flattenCodeBlocks(document.body);
  removeMarkedChrome(document.body);
  protectEmbeddedPosts(document.body);
  neutraliseMisleadingNames(document.body);
  const elements = elementsWhere(document.body, () => true).length;
  return { declared, elements, page: document.documentElement.outerHTML };
}

/** The same from one walk. */
function inOneWalk(html: string) {
  const document = documentOf(html);
  const walk = walkPage(document, document.body, true);
  const declared = declaredMarkup(walk.declaring);
  walk.prepareBody();
  return { declared, elements: walk.elements, page: document.documentElement.outerHTML };
}

const page = (body: string) =>
  `<!doctype html><html><head><title>Pier</title><meta name="a" content="b"><link rel="Canonical" href="/pier"></head><body>${body}</body></html>`;

/** Invented pages where the order of the steps matters. */
const CASES: Record<string, string> = {
  'marked chrome inside a code block, and a code block inside marked chrome': page(
    `<pre class="code-widget"><span>let</span> x<div ${CHROME_MARK}><span>menu</span></div><br>y</pre><div ${CHROME_MARK}><pre><b>a</b></pre><p>b</p></div><pre ${CHROME_MARK}><b>marked code</b></pre><p>Story.</p>`,
  ),
  'a code block inside a code block, and one without markup': page(
    '<pre><span>outer</span><pre><i>inner</i></pre></pre><pre>plain text</pre>',
  ),
  'an embedded post inside marked chrome inside a social wrapper (the wrapper keeps its name)': page(
    `<div class="social-box" id="s1"><aside ${CHROME_MARK}><div class="tweet"><blockquote>What a day</blockquote></div></aside><p>Story.</p></div>`,
  ),
  'an embedded post in a code block': page('<div class="embed"><pre><blockquote>q</blockquote><b>b</b></pre></div>'),
  'wrappers renamed before names are rewritten (a name where "widget" runs into "tweet")': page(
    '<section class="widgetweet"><div class="instagram-widget" id="post-1"><h3 id="a-post">Post</h3><blockquote>Said</blockquote></div></section>',
  ),
  'headings with ids, widgets, and the declaring elements inside marked chrome and code': page(
    `<h2 id="why-social">Why</h2><div class="page-Widget-text"><p>x</p></div><div ${CHROME_MARK}><time datetime="2025-01-02">Jan 2</time><script type="application/ld+json">{}</script><meta name="m"></div><pre><time datetime="2024-05-06">May</time><b>x</b></pre><time datetime="2023-03-04">Mar</time>`,
  ),
  'templates in the body': page(
    `<template><pre><b>x</b></pre><div ${CHROME_MARK}>m</div><blockquote>t</blockquote></template><div class="widget"><template id="t"><h2 id="h">t</h2></template></div>`,
  ),
};

const fixtures = Object.fromEntries(
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, cutChromeBeforeParse(readFileSync(resolve(fixtureDir, name), 'utf8'))?.html])
    .filter((entry): entry is [string, string] => entry[1] !== undefined),
);

describe('Function: walkPage', () => {
  it.each(Object.entries({ ...CASES, ...fixtures }))('prepares %s as the steps did one walk each', (_, html) => {
    expect(inOneWalk(html)).toEqual(stepByStep(html));
  });

  it('leaves the marked chrome in place when told there is none', () => {
    const document = documentOf(page(`<div ${CHROME_MARK}><p>x</p></div>`));
    const walk = walkPage(document, document.body, false);
    walk.prepareBody();
    expect(walk.elements).toBe(2);
    expect(document.body.querySelector(`[${CHROME_MARK}]`)).not.toBeNull();
  });
});
