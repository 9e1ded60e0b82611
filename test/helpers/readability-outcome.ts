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

/** Three paragraphs of an invented story, long enough for Readability to take as an article. */
export const STORY =
  '<p>The harbour ferry will run every twenty minutes from March, the port authority said, replacing the hourly boat.</p>' +
  '<p>Officials said the change needs two more crews and that fares will stay as they are until the end of next year.</p>' +
  '<p>Passengers said in a survey that the hourly gap was the main reason they drove to work instead of taking the boat.</p>';
