import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import {
  type DocumentTagInternals,
  withDocumentTagsFromOneWalk,
} from '../../../lambdas/core/extract/readability-document-tags';
import {
  documentOf,
  outcome,
  readabilityFixtureDir,
  readabilityOptions,
  STORY,
} from '../../helpers/readability-outcome';

/**
 * An invented page with every kind of element the six questions find, in the head and the body, inside a
 * `<template>` (which `_getAllNodesWithTag` does not look into and `getElementsByTagName` does) and inside a
 * `<noscript>` that goes; `<br>` chains, one inside a `<p>` (which Readability renames to a `<div>`), one with a
 * `<font>` among the nodes moved into the new `<p>`.
 */
const TAGS_PAGE = `<html><head><title>Ferry</title><style>p { color: red }</style>
  <meta name="author" content="Ada Marsh"><meta property="og:site_name" content="Harbour News">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry every twenty minutes"}</script>
  <script>var x = 1;</script></head><body>
  <style>.a { margin: 0 }</style><noscript><style>.b {}</style><font>no script</font>
  <meta name="author" content="Gone with its noscript"></noscript>
  <article>${STORY}
    <p>First line<br><br><br>Second <font color="red">red</font> line<br>third line</p>
    <div>One<br> <br>Two <b>bold</b><br><br>Three</div>
    <template><script>var y = 2;</script><br><br><font>templated</font><style>.c {}</style>
      <meta name="description" content="A description from a template"></template>
    <font face="serif"><b>Serif</b> words about the harbour and its ferries.</font>
    <script>var z = 3;</script>
  ${STORY}</article></body></html>`;

/**
 * An invented page for `_unwrapNoscriptImages`: images without a source (one in a template, which goes too), images with one, a
 * `<noscript>` whose single image takes the place of the lazy image before it, one whose image comes wrapped in a
 * `<font>` (a new element of a kept tag, found by the questions after), one that is no single image, and one whose
 * neighbour is no image.
 */
const NOSCRIPT_PAGE = `<html><head><title>Lighthouse</title></head><body><article>${STORY}
  <img alt="no source"><img class="placeholder" width="10"><img data-src="/keeper.jpg" alt="lazy keeper">
  <span><img data-src="/tower-small.jpg" alt="tower"></span><noscript><img src="/tower.jpg" alt="tower"></noscript>
  <p><img src="/lamp-small.png" data-caption="lamp"></p><noscript><font><img src="/lamp.png"></font></noscript>
  <div><img src="/keeper-small.webp"></div><noscript><p>Turn on JavaScript to see the keeper</p></noscript>
  <b>Bold words</b><noscript><img src="/lonely.jpg"></noscript>
  <template><img alt="templated, no source"><noscript><img src="/t.jpg"></noscript></template>
  <font>Small print about the lamp.</font>
${STORY}</article></body></html>`;

const pages: Record<string, string> = {
  'invented tags': TAGS_PAGE,
  'invented noscript images': NOSCRIPT_PAGE,
  ...Object.fromEntries(
    readdirSync(readabilityFixtureDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name, readFileSync(resolve(readabilityFixtureDir, name), 'utf8')]),
  ),
};

/** Readability's outcome on `html`, and each `_getAllNodesWithTag` question it asked with the elements it got, as markup. */
function readWithQuestions(html: string, override: boolean) {
  const reader = new Readability<Element>(documentOf(html), readabilityOptions);
  const internals = reader as unknown as DocumentTagInternals;
  if (override) withDocumentTagsFromOneWalk(internals);
  const asked = internals._getAllNodesWithTag;
  const questions: string[] = [];
  internals._getAllNodesWithTag = function (node, tagNames) {
    const found = asked.call(this, node, tagNames);
    const where = node === this._doc ? 'document' : (node as Element).tagName;
    questions.push(`${where} ${tagNames.join(',')}: ${Array.from(found, (e) => e.outerHTML).join(' | ')}`);
    return found;
  };
  return { outcome: outcome(reader.parse()), questions };
}

/** The document as `_unwrapNoscriptImages` leaves it, with and without the override. */
function unwrapped(html: string, override: boolean): string {
  const document = documentOf(html);
  const internals = new Readability<Element>(document, readabilityOptions) as unknown as DocumentTagInternals;
  if (override) withDocumentTagsFromOneWalk(internals);
  internals._unwrapNoscriptImages(document);
  return document.documentElement.outerHTML;
}

describe('Function: withDocumentTagsFromOneWalk', () => {
  it.each(Object.entries(pages))('leaves the document as Readability’s _unwrapNoscriptImages does on %s', (_, html) => {
    expect(unwrapped(html, true)).toBe(unwrapped(html, false));
  });

  it('removes the images without a source and puts noscript images in place on the invented page', () => {
    const after = unwrapped(NOSCRIPT_PAGE, true);
    expect(after).not.toContain('no source');
    expect(after).not.toContain('placeholder');
    expect(after).toContain('lazy keeper');
    expect(after).toContain('<img data-src="/tower-small.jpg" src="/tower.jpg" alt="tower"><noscript>');
    expect(after).toContain('<font><img data-old-src="/lamp-small.png" src="/lamp.png"></font><noscript>');
    // Readability asks linkedom's getElementsByTagName, which looks inside templates.
    expect(after).not.toContain('templated, no source');
  });

  it('finds the <font> a noscript image brought in when asked for fonts after', () => {
    const { questions } = readWithQuestions(NOSCRIPT_PAGE, true);
    const fonts = questions.find((q) => q.startsWith('document font:')) ?? '';
    expect(fonts).toContain('/lamp.png');
    expect(fonts).toContain('Small print');
  });

  it.each(Object.entries(pages))('gets the same answer to every question on %s as Readability', (_, html) => {
    const expected = readWithQuestions(html, false);
    const got = readWithQuestions(html, true);
    expect(got.questions).toEqual(expected.questions);
    expect(got.outcome).toBe(expected.outcome);
  });

  it('finds each kind on the invented page, but none inside the template (so the comparison above tests something)', () => {
    const { questions } = readWithQuestions(TAGS_PAGE, true);
    const answer = (question: string) => questions.find((q) => q.startsWith(`${question}:`)) ?? '';
    expect(answer('document script').split(' | ')).toHaveLength(3);
    expect(answer('document script,noscript').split(' | ')).toHaveLength(4);
    expect(answer('document style').split(' | ')).toHaveLength(2);
    expect(answer('BODY br').split(' | ')).toHaveLength(8);
    expect(answer('document font')).toContain('Serif');
    expect(questions.join('\n')).not.toContain('templated');
  });

  it('reads the metadata of the invented page from its <meta>s, the template’s included, as Readability does', () => {
    const { outcome: read } = readWithQuestions(TAGS_PAGE, true);
    expect(JSON.parse(read)).toMatchObject({
      byline: 'Ada Marsh',
      siteName: 'Harbour News',
      excerpt: 'A description from a template',
    });
    expect(read).toBe(readWithQuestions(TAGS_PAGE, false).outcome);
  });
});
