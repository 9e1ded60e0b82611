import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentOf,
  outcome,
  plain,
  readabilityFixtureDir as fixtureDir,
  readabilityOptions as options,
  STORY,
} from '../../helpers/readability-outcome';
import { extractHtml } from '../../../lambdas/core/extract/html';
import { readabilityWithCheaperChecks } from '../../../lambdas/core/extract/readability-checks';
import { PageCopyNeeded, withoutUnreadCopies } from '../../../lambdas/core/extract/readability-copies';

const withoutCopies = (html: string, keepPageCopy = false) =>
  outcome(withoutUnreadCopies(readabilityWithCheaperChecks(documentOf(html), options), keepPageCopy).parse());

/**
 * A story too short for Readability's first try (under 500 characters once
 * the box named "comment" is cut), so that it rebuilds the body from its copy
 * and tries again without that filter.
 */
const SHORT_STORY_PAGE =
  '<html><head><title>Ferry</title></head><body><div class="comment-box"><p>The harbour ferry will run every twenty minutes from March, the port authority said.</p>' +
  '<p>Fares stay as they are.</p></div></body></html>';

describe('Function: withoutUnreadCopies', () => {
  describe.each(readdirSync(fixtureDir).filter((name) => name.endsWith('.html')))('on the fixture %s', (name) => {
    const html = readFileSync(resolve(fixtureDir, name), 'utf8');

    it('returns what Readability returns, without its copy of the page unless it asks for a second try', () => {
      const expected = plain(html);
      expect(expected).not.toBe('null');
      let got: string;
      try {
        got = withoutCopies(html);
      } catch (error) {
        expect(error).toBeInstanceOf(PageCopyNeeded);
        got = withoutCopies(html, true);
      }
      expect(got).toBe(expected);
    });
  });

  it('gives the body its own markup back once Readability is done, and the article its markup', () => {
    const document = documentOf(
      `<html><head><title>Ferry</title></head><body><article>${STORY}${STORY}</article></body></html>`,
    );
    const parsed = withoutUnreadCopies(readabilityWithCheaperChecks(document, options), false).parse();
    expect(Object.getOwnPropertyDescriptor(document.body, 'innerHTML')).toBeUndefined();
    expect(parsed?.content?.innerHTML).toContain('<p>The harbour ferry will run');
    expect(parsed?.content?.innerHTML).toContain('taking the boat.</p>');
  });

  it('throws PageCopyNeeded when Readability needs its copy for a second try', () => {
    expect(() => withoutCopies(SHORT_STORY_PAGE)).toThrow(PageCopyNeeded);
  });

  it('with the copy kept, returns what Readability returns on a page it tries twice', () => {
    const expected = plain(SHORT_STORY_PAGE);
    expect(expected).toContain('twenty minutes');
    expect(withoutCopies(SHORT_STORY_PAGE, true)).toBe(expected);
  });
});

describe('Function: extractHtml, on a large page Readability tries twice', () => {
  // Over 1,200 elements, so the copy is not taken at first: 1,300 empty spans in a box named as chrome by Readability.
  const filler = '<span></span>'.repeat(1300);
  const page = SHORT_STORY_PAGE.replace('<p>Fares', `<div class="comment-meta">${filler}</div><p>Fares`);

  it('reads the page again with the copy and returns the story', () => {
    expect(() => withoutCopies(page)).toThrow(PageCopyNeeded);
    expect(extractHtml(page).paragraphs).toEqual([
      'The harbour ferry will run every twenty minutes from March, the port authority said.',
      'Fares stay as they are.',
    ]);
  });
});
