import { describe, expect, it } from 'vitest';
import {
  flattenDeepNesting,
  limitMarkupNesting,
  MAX_DOM_DEPTH,
  MAX_MARKUP_DEPTH,
} from '../../lambdas/core/extract/depth';
import { analyze } from '../../lambdas/core/pipeline';
import { parseHTML } from 'linkedom';

/**
 * HTML bombs: pages nested far deeper than any real page. Before the depth
 * guard, 1,000 nested divs took ~10 s in Readability and 10,000 overflowed
 * the stack. Each case must finish (the suite's timeout bounds it) and keep
 * the story text.
 */
const STORY =
  'The harbour council met on Tuesday and agreed to keep the night ferry running through the winter months. ' +
  'Nurses who work late shifts on the mainland said the boat was the only way home after ten in the evening. ' +
  'The vote was close, with five members for and four against, and the budget for next year will be raised. ';

const page = (open: string, close: string, n: number) =>
  `<html><head><title>Ferry Vote</title></head><body>${open.repeat(n)}<p>${STORY.repeat(3)}</p>${close.repeat(n)}</body></html>`;

/** Depth of the deepest element, walked without recursion. */
function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return deepest;
}

describe('Hardening: HTML bombs through the pipeline', () => {
  it.each([
    ['100,000 nested divs', page('<div>', '</div>', 100_000)],
    ['20,000 nested sections with attributes', page('<section class="w" data-x="1">', '</section>', 20_000)],
    ['50,000 nested spans', page('<span>', '</span>', 50_000)],
    ['30,000 unclosed divs', page('<div>', '', 30_000)],
    ['10,000 nested tables', page('<table><tr><td>', '</td></tr></table>', 10_000)],
    [
      '5,000 nested blockquotes holding text at every level',
      `<html><body>${'<blockquote>Said the mayor. '.repeat(5_000)}<p>${STORY}</p>${'</blockquote>'.repeat(5_000)}</body></html>`,
    ],
  ])('%s: finishes and keeps the story', (_name, html) => {
    const record = analyze({ html, url: 'https://news.example/ferry' });
    expect(record.body).toContain('agreed to keep the night ferry running');
    expect(record.sentences.length).toBeGreaterThan(2);
    for (const s of record.sentences) expect(record.body.slice(s.start, s.end)).toBe(s.text);
  });

  // Regex traps in the depth guard itself: each took seconds to minutes before it was fixed (the suite's timeout fails them).
  it.each([
    ['400,000 tag starts and no closing bracket', `<p>${STORY}</p>` + '<a'.repeat(400_000)],
    ['200,000 nested spans with spaces between', page('<span> ', '</span> ', 200_000)],
    ['100,000 nested divs with newlines between', page('<div>\n', '</div>\n', 100_000)],
  ])('%s: finishes', (_name, html) => {
    const record = analyze({ html, url: 'https://news.example/ferry' });
    expect(record.body).toContain('agreed to keep the night ferry running');
  });

  it('leaves a page that is not too deep byte for byte unchanged before parsing', () => {
    const normal = page('<div class="a">', '</div>', 40) + '<script>if (a<b && c>d) x()</script>';
    expect(limitMarkupNesting(normal)).toBe(normal);
  });

  it('drops tags past the markup limit but keeps their text', () => {
    const deep = page('<div>', '</div>', MAX_MARKUP_DEPTH * 3);
    const limited = limitMarkupNesting(deep);
    expect(limited.length).toBeLessThan(deep.length / 2);
    expect(limited).toContain(STORY.trim());
  });

  it('flattens a whole document that starts with a doctype (linkedom gives the doctype no next sibling)', () => {
    const { document } = parseHTML('<!doctype html>' + page('<div>', '</div>', MAX_DOM_DEPTH * 2)) as unknown as {
      document: Document;
    };
    expect(flattenDeepNesting(document)).toBe(1);
    expect(maxDepth(document.documentElement)).toBeLessThanOrEqual(MAX_DOM_DEPTH);
  });

  it('rebuilds a subtree deeper than the DOM limit as paragraphs, keeping text and paragraph breaks', () => {
    const { document } = parseHTML(
      page('<div>', '</div>', MAX_DOM_DEPTH + 50).replace(
        `<p>${STORY.repeat(3)}</p>`,
        '<p>First <b>bold</b> part.</p><p>Second part.</p>',
      ),
    ) as unknown as { document: Document };
    expect(flattenDeepNesting(document)).toBeGreaterThan(0);
    expect(maxDepth(document)).toBeLessThanOrEqual(MAX_DOM_DEPTH + 1);
    const texts = [...document.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual(['First bold part.', 'Second part.']);
  });
});
