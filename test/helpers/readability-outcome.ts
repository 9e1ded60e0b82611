import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Plain Readability on linkedom, and a way to compare two runs of it as strings: the tests of our
 * Readability overrides (readability-checks.ts, readability-copies.ts) prove identical output with these.
 */
export const readabilityFixtureDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/extract/html');

export const documentOf = (html: string) => parseHTML(html).document as unknown as Document;
export const readabilityOptions = { keepClasses: true, serializer: (node: Node) => node as Element };

/** Everything `parse()` returns, with the article as markup, so two runs compare as strings. */
export function outcome(parsed: ReturnType<Readability<Element>['parse']>): string {
  if (!parsed) return 'null';
  return JSON.stringify({ ...parsed, content: parsed.content?.outerHTML });
}

/** Plain Readability's outcome on a page. */
export const plain = (html: string) => outcome(new Readability<Element>(documentOf(html), readabilityOptions).parse());
