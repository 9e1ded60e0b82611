import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import {
  type ClassWeightInternals,
  withClassWeightsRemembered,
} from '../../../lambdas/core/extract/readability-class-weight';
import { documentOf, readabilityFixtureDir, readabilityOptions } from '../../helpers/readability-outcome';

/** Invented names that each pattern matches or not, repeated on several elements, on an id, and on SVG. */
const NAMES_PAGE = `<html><head><title>Ferry</title></head><body>
  <div class="article-body content"><p class="sidebar-note">a</p><p class="sidebar-note">b</p></div>
  <div class="comment-list story" id="main-article"><span id="share-bar" class="">c</span></div>
  <section id="promo"><div class="  spaced   names  ">d</div><div class="blog entry">e</div></section>
  <svg class="icon-share" id="icon"><g class="hentry"></g></svg><p id="">f</p></body></html>`;

const pages: Record<string, string> = {
  'invented names': NAMES_PAGE,
  ...Object.fromEntries(
    readdirSync(readabilityFixtureDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name, readFileSync(resolve(readabilityFixtureDir, name), 'utf8')]),
  ),
};

describe('Function: withClassWeightsRemembered', () => {
  it.each(Object.entries(pages))(
    'weighs every element of %s as Readability does, with class weights on and off',
    (_, html) => {
      const document = documentOf(html);
      const reader = new Readability<Element>(document, readabilityOptions) as unknown as ClassWeightInternals & {
        _flags: number;
      };
      const plain = (reader as unknown as { _getClassWeight(e: Element): number })._getClassWeight.bind(reader);
      const expected = (flags: number) => {
        reader._flags = flags;
        return [...document.querySelectorAll('*')].map((e) => plain(e));
      };
      const all = reader._flags;
      const withWeights = expected(all);
      const withoutWeights = expected(all & ~reader.FLAG_WEIGHT_CLASSES);
      withClassWeightsRemembered(reader);
      // Twice each, so the second reading of every name comes from what was kept.
      for (let round = 0; round < 2; round++) {
        reader._flags = all;
        expect([...document.querySelectorAll('*')].map((e) => reader._getClassWeight(e))).toEqual(withWeights);
        reader._flags = all & ~reader.FLAG_WEIGHT_CLASSES;
        expect([...document.querySelectorAll('*')].map((e) => reader._getClassWeight(e))).toEqual(withoutWeights);
      }
    },
  );

  it('has names of each weight on the invented page (so the comparison above tests something)', () => {
    const document = documentOf(NAMES_PAGE);
    const reader = new Readability<Element>(document, readabilityOptions) as unknown as ClassWeightInternals;
    withClassWeightsRemembered(reader);
    const weights = new Set([...document.querySelectorAll('*')].map((e) => reader._getClassWeight(e)));
    expect([...weights].sort((a, b) => a - b)).toEqual([-25, 0, 25]);
  });
});
