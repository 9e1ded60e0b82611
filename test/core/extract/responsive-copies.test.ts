import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../lambdas/core/extract/html';
import { removeResponsiveCopies } from '../../../lambdas/core/extract/responsive-copies';

const PARAGRAPHS = [
  'The county library opens its new reading room on Saturday, after two years of building work on the old mill site.',
  'Volunteers moved forty thousand books in a week, the librarian said, and the children\u2019s corner doubled in size.',
  'A caf\u00e9 run by the local college will serve visitors from ten in the morning until the doors close at six.',
];

const section = (variant: string, paragraphs = PARAGRAPHS) =>
  `<div class="ssr-variant ${variant}"><div class="rich-text">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`;

function bodyOf(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head><title>Library</title></head><body>${html}</body></html>`);
  return document.body as unknown as Element;
}

describe('Function: removeResponsiveCopies', () => {
  it('keeps the first of sibling sections with the same text and removes the others', () => {
    const body = bodyOf(`<main>${section('desktop')}${section('tablet')}${section('phone')}</main>`);
    expect(removeResponsiveCopies(body)).toBe(2);
    expect(body.querySelectorAll('.ssr-variant')).toHaveLength(1);
    expect(body.querySelector('.ssr-variant')!.className).toContain('desktop');
  });

  it('keeps siblings whose text differs, even when it is as long', () => {
    const other = PARAGRAPHS.map((p) => p.replace('Saturday', 'Thursday'));
    const body = bodyOf(`<main>${section('a')}${section('b', other)}</main>`);
    expect(removeResponsiveCopies(body)).toBe(0);
    expect(body.querySelectorAll('.ssr-variant')).toHaveLength(2);
  });

  it('keeps a paragraph the page repeats: only sections are copies', () => {
    const paragraph = `<p>${PARAGRAPHS.join(' ')}</p>`;
    const body = bodyOf(`<main>${paragraph}${paragraph}</main>`);
    expect(removeResponsiveCopies(body)).toBe(0);
  });

  it('keeps short repeated siblings (a repeated label is left to the line filters)', () => {
    const body = bodyOf('<ul><li><p>Opening hours: ten to six</p></li><li><p>Opening hours: ten to six</p></li></ul>');
    expect(removeResponsiveCopies(body)).toBe(0);
  });
});

describe('Function: extractHtml, a page built with one copy of the story per screen size', () => {
  it('reads the story once', () => {
    const html = `<!doctype html><html><head><title>Library</title></head><body><div id="main">${section('d')}${section('t')}${section('p')}</div></body></html>`;
    expect(extractHtml(html).paragraphs).toEqual(PARAGRAPHS);
  });
});

describe('Function: extractHtml, a story box named like chrome next to a section copied per screen size', () => {
  it('judges the story box against the page without the copies, so it keeps its share and stays', () => {
    const story = [
      'The harbour ferry will run every twenty minutes from March, the port authority said on Tuesday, replacing the hourly boat.',
      'Officials said the change needs two more crews, and that fares will stay as they are until the end of next year at least.',
      'Passengers said in a survey last year that the hourly gap was the main reason they drove to work instead of taking the boat.',
      'The first boats on the new timetable leave the quay at twenty past six, and the last one returns from the island before midnight.',
    ];
    // "comments" names the story's box as chrome; only its share of the page's text keeps it.
    const storyBox = `<div class="story-with-comments">${story.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const html = `<!doctype html><html><head><title>Ferry</title></head><body>${storyBox}<div class="builder">${section('desktop')}${section('tablet')}${section('phone')}</div></body></html>`;
    expect(extractHtml(html).paragraphs).toEqual(expect.arrayContaining(story));
  });
});
