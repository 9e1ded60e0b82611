import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normaliseDocumentShape } from '../../../lambdas/core/extract/document-shape';

const parse = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;
const tagsUnderHtml = (document: Document) => [...document.documentElement.children].map((el) => el.tagName);

describe('Function: normaliseDocumentShape', () => {
  const page =
    '<!doctype html><html><head><title>Night bus</title></head>\n<script>window.dataLayer = [];</script>\n' +
    '<body><article><p>The night bus runs all winter.</p></article></body>\n<script>late()</script></html>';

  it('is needed: linkedom hands out a new, empty body when markup stands between </head> and <body>', () => {
    expect(parse(page).body.textContent).toBe('');
  });

  it('moves markup between </head> and <body> to the start of the body, and markup after it to its end', () => {
    const document = parse(page);
    normaliseDocumentShape(document);
    expect(tagsUnderHtml(document)).toEqual(['HEAD', 'BODY']);
    expect([...document.body.children].map((el) => el.tagName)).toEqual(['SCRIPT', 'ARTICLE', 'SCRIPT']);
    expect(document.body.textContent).toContain('The night bus runs all winter.');
  });

  it('merges a second <body> into the first', () => {
    const document = parse('<html><head></head><body><p>one</p></body><body><p>two</p></body></html>');
    normaliseDocumentShape(document);
    expect(tagsUnderHtml(document)).toEqual(['HEAD', 'BODY']);
    expect([...document.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['one', 'two']);
  });

  it('leaves a well-formed page as it was', () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><p>text</p></body></html>';
    const document = parse(html);
    normaliseDocumentShape(document);
    expect(document.toString()).toBe(parse(html).toString());
  });
});
