import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classNameOf } from '../../../lambdas/core/extract/class-names';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('Function: classNameOf', () => {
  it.each([
    ['a plain class list', '<div class="story main">x</div>'],
    ['repeated tokens and extra spaces', '<div class="  a  b a\tc ">x</div>'],
    ['an empty class', '<div class="">x</div>'],
    ['no class at all', '<div id="x">x</div>'],
  ])('reads what getAttribute("class") gives, for %s', (_label, body) => {
    const element = documentOf(`<html><body>${body}</body></html>`).querySelector('div')!;
    expect(classNameOf(element)).toBe(element.getAttribute('class'));
  });

  it('follows changes made through setAttribute, className and classList', () => {
    const element = documentOf('<html><body><div class="a b">x</div></body></html>').querySelector('div')!;
    element.setAttribute('class', 'c  d c');
    expect(classNameOf(element)).toBe(element.getAttribute('class'));
    element.className = 'e f';
    expect(classNameOf(element)).toBe('e f');
    element.classList.add('g');
    element.classList.remove('e');
    expect(classNameOf(element)).toBe(element.getAttribute('class'));
    expect(classNameOf(element)).toBe('f g');
  });
});
