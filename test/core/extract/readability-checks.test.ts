import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import {
  documentOf,
  outcome,
  plain,
  readabilityFixtureDir as fixtureDir,
  readabilityOptions as options,
  STORY,
} from '../../helpers/readability-outcome';
import { readabilityWithCheaperChecks } from '../../../lambdas/core/extract/readability-checks';

const cheaper = (html: string) => outcome(readabilityWithCheaperChecks(documentOf(html), options).parse());

describe('Function: readabilityWithCheaperChecks', () => {
  describe.each(readdirSync(fixtureDir).filter((name) => name.endsWith('.html')))('on the fixture %s', (name) => {
    const html = readFileSync(resolve(fixtureDir, name), 'utf8');

    it('returns what Readability returns (article markup, title, byline, excerpt, metadata)', () => {
      const expected = plain(html);
      expect(expected).not.toBe('null');
      expect(cheaper(html)).toBe(expected);
    });
  });

  it.each([
    [
      'an element hidden by an inline style',
      `<p style="display:none">Hidden words of a hidden paragraph.</p>`,
      'Hidden words',
    ],
    [
      'an element made invisible by an inline style',
      `<p style="visibility: hidden">Invisible words here.</p>`,
      'Invisible words',
    ],
    ['an element with the hidden attribute', `<p hidden>Attribute-hidden words.</p>`, 'Attribute-hidden'],
    ['an aria-hidden element', `<div aria-hidden="true"><p>Aria-hidden words.</p></div>`, 'Aria-hidden'],
  ])('leaves out %s, as Readability does', (_label, hidden, words) => {
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}${hidden}${STORY}</article></body></html>`;
    expect(cheaper(html)).not.toContain(words);
    expect(cheaper(html)).toBe(plain(html));
  });

  it('reads an inline style from the attribute, without building linkedom’s style object', () => {
    const document = documentOf(
      `<html><head><title>Ferry</title></head><body><article>${STORY}<p id="styled" style="color: red">Red words.</p>${STORY}</article></body></html>`,
    );
    const styled = document.getElementById('styled')!;
    const styleKey = Object.getOwnPropertySymbols(styled).find((key) => key.description === 'style')!;
    readabilityWithCheaperChecks(document, options).parse();
    expect((styled as unknown as Record<symbol, unknown>)[styleKey]).toBeNull();
  });

  it('removes images without a source and puts a <noscript> image in the image before it, as Readability does', () => {
    const figures = [
      '<figure><img class="lazy" alt="Quay"><noscript><img src="/quay.jpg" alt="Quay"></noscript></figure>',
      '<p><img alt="no source at all"><img data-src="/late.png"><img title="pier.webp"><img ALT="x" SRC="/upper.jpg"></p>',
      '<div><img srcset="/a.jpg 1x" width="10"></div><noscript><img src="/b.jpg"></noscript>',
    ].join('');
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}${figures}${STORY}</article></body></html>`;
    expect(cheaper(html)).toContain('src=\\"/b.jpg\\"');
    expect(cheaper(html)).not.toContain('no source at all');
    expect(cheaper(html)).toBe(plain(html));
  });

  it('keeps an aria-hidden fallback image block, as Readability does', () => {
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}<div aria-hidden="true" class="fallback-image"><p>Formula text kept.</p></div>${STORY}</article></body></html>`;
    expect(cheaper(html)).toContain('Formula text kept');
    expect(cheaper(html)).toBe(plain(html));
  });

  it('reads a byline only from an element named for it whose text is under 100 characters', () => {
    const long = 'A reporter whose long biography runs on and on '.repeat(3);
    const html = `<html><head><title>Ferry</title></head><body><article><div class="byline">${long}</div><div class="author">By Ada Marsh</div>${STORY}</article></body></html>`;
    expect(JSON.parse(cheaper(html)).byline).toBe('By Ada Marsh');
    expect(cheaper(html)).toBe(plain(html));
  });

  it('does not look inside <template> for the elements it cleans', () => {
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}<template><div><p>Inert template words.</p><form><input></form></div></template>${STORY}</article></body></html>`;
    expect(cheaper(html)).toBe(plain(html));
  });

  it('counts the inputs inside a <template> of a box, as getElementsByTagName does, when it judges the box', () => {
    // Readability's conditional pass counts a box's inputs with getElementsByTagName, which looks inside templates:
    // three inputs against one paragraph make the box go, though no input shows.
    const box =
      '<div class="box"><p>A short note on the timetable change, printed under the map of the new routes.</p><template><input><input><input></template></div>';
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}${box}${STORY}</article></body></html>`;
    expect(plain(html)).not.toContain('short note');
    expect(cheaper(html)).toBe(plain(html));
  });

  it('judges a box on its text after the share-box pass emptied it (texts kept across the cleaning passes)', () => {
    // The form pass reads the text of every box inside the form; the share-box pass then removes the list from
    // #box, and the div pass must see #box as the lone link it has become.
    const paragraph = (n: string) =>
      `<p>${n} The harbour ferry will run every twenty minutes from March and the port authority expects more riders</p>`;
    const share = '<ul class="share-tools"><li>Send this story to a friend by mail or print it out for later</li></ul>';
    const html = `<html><head><title>Ferry</title></head><body><article>${paragraph('One.')}${paragraph('Two.')}<form>${paragraph('Three.')}${paragraph('Four.')}<div id="box">${share}<a href="/x">Next</a></div></form>${paragraph('Five.')}</article></body></html>`;
    expect(plain(html)).not.toContain('id=\\"box\\"');
    expect(cheaper(html)).toBe(plain(html));
  });

  it('drops a box whose whole text is an advertising label, read through the text kept for the pass', () => {
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}<div><p>Advertisement</p><span></span></div>${STORY}</article></body></html>`;
    expect(cheaper(html)).not.toContain('Advertisement');
    expect(cheaper(html)).toBe(plain(html));
  });

  describe('reading the text of a box for the ad and loading labels', () => {
    const long =
      '<div id="long"><p>A box of plain words far longer than any label, which the clean-up judges by its figures.</p><p>Its second paragraph.</p></div>';
    const label = '<div id="label"><p>Advertisement</p><span></span></div>';
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}${long}${label}${STORY}</article></body></html>`;

    /** The ids of the elements whose inner text `reader` builds while it parses. */
    function textsRead(reader: ReturnType<typeof readabilityWithCheaperChecks>): string[] {
      const internals = reader as unknown as { _getInnerText(e: Element, normalizeSpaces?: boolean): string };
      const getInnerText = internals._getInnerText;
      const read: string[] = [];
      internals._getInnerText = function (e, normalizeSpaces) {
        if (e.id) read.push(e.id);
        return getInnerText.call(this, e, normalizeSpaces);
      };
      reader.parse();
      return read;
    }

    it('builds it only for a box short enough to be a label', () => {
      const read = textsRead(readabilityWithCheaperChecks(documentOf(html), options));
      expect(read).toContain('label');
      expect(read).not.toContain('long');
      expect(cheaper(html)).not.toContain('Advertisement');
      expect(cheaper(html)).toBe(plain(html));
    });

    it('builds it for every box when the reader matches labels with patterns of its own', () => {
      // Another Readability's patterns may match longer labels: the length bound holds for 0.6's only.
      const reader = readabilityWithCheaperChecks(documentOf(html), options);
      const regexps = (reader as unknown as { REGEXPS: { adWords: RegExp } }).REGEXPS;
      regexps.adWords = /^a box of plain words.*paragraph\.$/i;
      expect(textsRead(reader)).toContain('long');
      const own = new Readability<Element>(documentOf(html), options);
      (own as unknown as { REGEXPS: { adWords: RegExp } }).REGEXPS.adWords = regexps.adWords;
      const expected = outcome(own.parse());
      expect(expected).not.toContain('plain words');
      const patched = readabilityWithCheaperChecks(documentOf(html), options);
      (patched as unknown as { REGEXPS: { adWords: RegExp } }).REGEXPS.adWords = regexps.adWords;
      expect(outcome(patched.parse())).toBe(expected);
    });
  });

  it('judges a box by its text after a box inside it was removed', () => {
    // The inner box weighs as chrome ("meta") and goes first; without it the outer box is nearly all links and goes too.
    const inner =
      '<div class="meta"><p>Plain words of a box named as chrome, with no links in them at all and long enough to matter</p><p>More plain words of the same box, long enough to weigh on the box around it</p></div>';
    const links = '<p><a href="/a">Ferry fares</a> <a href="/b">Bus links</a> <a href="/c">Rail strike</a></p>';
    const html = `<html><head><title>Ferry</title></head><body><article>${STORY}<div class="pullout">${inner}${links}</div>${STORY}</article></body></html>`;
    expect(plain(html)).not.toContain('Rail strike');
    expect(cheaper(html)).toBe(plain(html));
  });
});
