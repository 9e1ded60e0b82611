import { describe, expect, it } from 'vitest';
import { flattenCodeBlocks } from '../../../lambdas/core/extract/code-blocks';
import { withoutInertMarkup } from '../../../lambdas/core/extract/inert-markup';
import { parseHTML } from 'linkedom';

describe('Function: withoutInertMarkup', () => {
  it('cuts scripts, styles, inline SVG and comments, and keeps the text around them', () => {
    const html =
      '<p>Before</p><script>var a = "<p>not text</p>";</script><STYLE media="all">p { color: red }</STYLE>' +
      '<svg viewBox="0 0 1 1"><title>Share icon</title><path d="M0"/></svg><!-- a note --><p>After</p>';
    expect(withoutInertMarkup(html)).toBe('<p>Before</p><p>After</p>');
  });

  it('keeps JSON-LD, which the metadata reads', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>track()</script><p>x</p>';
    expect(withoutInertMarkup(html)).toBe(
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><p>x</p>',
    );
  });

  it('ends a script at its first </script>, as a parser does, even inside a string', () => {
    expect(withoutInertMarkup('<script>var s = "</script>";</script><p>x</p>')).toBe('";</script><p>x</p>');
  });

  it('reads "<!-->" as a whole empty comment, not the start of one that eats the page', () => {
    expect(withoutInertMarkup('<!--><p>kept</p><!-- gone -->')).toBe('<p>kept</p>');
  });

  it('leaves the rest of the page as it is after an element that never closes', () => {
    const html = '<p>one</p><script>never closed <p>two</p>';
    expect(withoutInertMarkup(html)).toBe(html);
  });

  it('finds closing tags in the page itself, so characters that lower-case longer ("İ") do not shift the cuts', () => {
    const html = 'İİİİ<script>track()</SCRIPT><header>Kept header</header>';
    expect(withoutInertMarkup(html)).toBe('İİİİ<header>Kept header</header>');
  });

  it('reads markup as the parser does: a "<script" in an attribute value is not a script, a drawing may close itself', () => {
    expect(withoutInertMarkup('<a title="<script>x</script>">link</a><p>y</p>')).toBe(
      '<a title="<script>x</script>">link</a><p>y</p>',
    );
    expect(withoutInertMarkup('<p>Before <svg class="icon"/> middle</p><svg><path/></svg><p>after</p>')).toBe(
      '<p>Before  middle</p><p>after</p>',
    );
  });

  it('returns a page with nothing to cut unchanged', () => {
    const html = '<html><body><p>Plain <em>page</em></p></body></html>';
    expect(withoutInertMarkup(html)).toBe(html);
  });
});

describe('Function: flattenCodeBlocks', () => {
  it('keeps a highlighted listing as its text, line breaks included, without the token spans', () => {
    const { document } = parseHTML(
      '<html><body><pre><code><span class="kw">git</span> <span class="arg">pull</span><br><span class="c"># then</span> push</code></pre></body></html>',
    ) as unknown as { document: Document };
    flattenCodeBlocks(document.body);
    const pre = document.querySelector('pre')!;
    expect(pre.children).toHaveLength(0);
    expect(pre.textContent).toBe('git pull\n# then push');
  });
});
