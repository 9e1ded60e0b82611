import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../lambdas/core/extract/html';
import { neutraliseMisleadingNames } from '../../../lambdas/core/extract/misleading-names';

function bodyOf(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`);
  return document.body as unknown as Element;
}

const PARAGRAPH = (topic: string) =>
  `<p>Small shops in the valley now sell through ${topic}, and the owners we met said the change took them about a month, from setting up a catalogue to the first parcel sent.</p>`;

describe('Function: neutraliseMisleadingNames', () => {
  it('renames "widget" in class names to "block", keeping the rest of the name', () => {
    const body = bodyOf('<div class="builder-widget builder-Widget-text-editor"><p>Text</p></div>');
    expect(neutraliseMisleadingNames(body)).toBe(1);
    expect(body.querySelector('div')!.getAttribute('class')).toBe('builder-block builder-block-text-editor');
  });

  it('removes the ids of headings and leaves other ids and classes alone', () => {
    const body = bodyOf(
      '<h2 id="why-social-shopping-works" class="title">Why</h2><div id="comments" class="post">x</div>',
    );
    expect(neutraliseMisleadingNames(body)).toBe(1);
    expect(body.querySelector('h2')!.hasAttribute('id')).toBe(false);
    expect(body.querySelector('h2')!.getAttribute('class')).toBe('title');
    expect(body.querySelector('div')!.getAttribute('id')).toBe('comments');
  });

  it('renames nested elements at any depth and leaves the inside of a <template> as a selector would', () => {
    const body = bodyOf(
      '<section><div><div class="x-widget"><h3 id="a-slug">A</h3></div></div></section><template><div class="widget"><h2 id="kept">K</h2></div></template>',
    );
    expect(neutraliseMisleadingNames(body)).toBe(2);
    expect(body.querySelector('.x-block h3')!.hasAttribute('id')).toBe(false);
    expect(body.innerHTML).toContain('<div class="widget"><h2 id="kept">');
  });
});

describe('Function: extractHtml, a heading whose anchor slug has a word Readability reads as chrome', () => {
  it('keeps the heading with the story', () => {
    const html =
      '<!doctype html><html><head><title>Selling online</title></head><body><article class="post">' +
      `${PARAGRAPH('their own websites')}${PARAGRAPH('market stalls online')}` +
      `<h2 id="how-small-shops-use-social-apps-to-sell">Why selling on social apps works</h2>` +
      `${PARAGRAPH('photo apps')}${PARAGRAPH('video apps')}</article></body></html>`;
    expect(extractHtml(html).paragraphs).toContain('Why selling on social apps works');
  });
});
