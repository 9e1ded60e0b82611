import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inlineStyleHides, inlineStyleValue } from '../../../lambdas/core/extract/inline-style';

/** An element with `style` as its style attribute, in a linkedom document. */
function styled(style: string): HTMLElement {
  const { document } = parseHTML('<html><body><p>x</p></body></html>');
  const p = document.querySelector('p') as unknown as HTMLElement;
  p.setAttribute('style', style);
  return p;
}

const STYLES = [
  '',
  'display:none',
  'display: none;',
  '  display :  none  ; color: red',
  'color: red; display: block; display: none',
  'display: none; display: block',
  'display: none; display:',
  'display: none; display: ;',
  'DISPLAY: none',
  'display: None',
  'display',
  ': none',
  'display:none !important',
  'background: url(a:b); visibility: hidden',
  'visibility:hidden;display:flex',
  'visibility: collapse',
  'font: 12px/1 x;\n display:\tnone\n',
  'content: "a;b"; display: none',
  'display:none;;visibility:hidden;',
];

describe('Function: inlineStyleValue', () => {
  it.each(STYLES)('reads display and visibility of %j as linkedom’s element.style does', (style) => {
    expect(inlineStyleValue(style, 'display')).toBe(styled(style).style.display);
    expect(inlineStyleValue(style, 'visibility')).toBe(styled(style).style.visibility);
  });
});

describe('Function: inlineStyleHides', () => {
  it.each(STYLES)('tells whether %j hides its element, as Readability reads element.style', (style) => {
    const { display, visibility } = styled(style).style;
    expect(inlineStyleHides(style)).toBe(display === 'none' || visibility === 'hidden');
  });

  it('finds the hiding rules', () => {
    expect(inlineStyleHides('color: red; display: none')).toBe(true);
    expect(inlineStyleHides('visibility: hidden')).toBe(true);
    expect(inlineStyleHides('display: none; display: block')).toBe(false);
    expect(inlineStyleHides('overflow: hidden')).toBe(false);
  });
});
