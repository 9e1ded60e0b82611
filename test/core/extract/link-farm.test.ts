import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { removeBoilerplateElements } from '../../../lambdas/core/extract/chrome-markup';
import { extractHtml } from '../../../lambdas/core/extract/html';

const STORY = [
  'The harbour board voted on Tuesday to rebuild the north pier, which storms closed two winters ago.',
  'Work starts in spring and should take eighteen months, the board said, at a cost shared with the county.',
  'Fishing crews, who have unloaded at the south quay since the closure, welcomed the decision.',
];

/** A mega-menu of `items` links under a neutral class name: no name rule knows it. */
function megaMenu(items: number): string {
  const links = Array.from(
    { length: items },
    (_, i) => `<li><a href="/topic/${i}">Topic number ${i} in the county guide</a></li>`,
  );
  return `<div class="x9k2"><ul>${links.join('')}</ul></div>`;
}

function page(before: string, story = `<div class="post">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`): string {
  return `<!doctype html><html><head><title>Pier</title></head><body>${before}${story}</body></html>`;
}

function cleaned(html: string): string {
  const { document } = parseHTML(html);
  const body = document.body as unknown as Element;
  removeBoilerplateElements(body);
  return body.textContent ?? '';
}

describe('Function: removeBoilerplateElements, link farms', () => {
  it('removes a large all-links box even when it holds most of the page\u2019s characters', () => {
    const text = cleaned(page(megaMenu(60)));
    expect(text).not.toContain('Topic number');
    for (const p of STORY) expect(text).toContain(p);
  });

  it('leaves a short list of links to the paragraph filters', () => {
    expect(cleaned(page(megaMenu(8)))).toContain('Topic number 3');
  });

  it('keeps a box that is mostly links when it holds the page\u2019s own text (a story set in <div>s among tag links)', () => {
    const story = `<div class="left-side">${STORY.map((p) => `<div>${p}</div>`).join('')}${megaMenu(60)}</div>`;
    const text = cleaned(page('', story));
    for (const p of STORY) expect(text).toContain(p);
  });

  it('keeps a data table whose cells are links', () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `<tr><td><a href="/co/${i}">Company ${i} Holdings</a></td><td>$${i}.5B</td></tr>`,
    );
    const longStory = `<div class="post">${Array.from({ length: 8 }, () => STORY.map((p) => `<p>${p}</p>`).join('')).join('')}</div>`;
    const text = cleaned(page(`<div class="embed"><table>${rows.join('')}</table></div>`, longStory));
    expect(text).toContain('Company 12 Holdings');
  });
});

describe('Function: extractHtml, a short story under a large menu', () => {
  it('returns the story paragraphs and none of the menu', () => {
    const article = extractHtml(page(`<header>${megaMenu(120)}</header>`));
    expect(article.paragraphs).toEqual(STORY);
  });
});
