import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isJoinedTokenList, joinedTokenList } from '../../../lambdas/core/extract/linkedom-class-name';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** What linkedom's token set joins a class value into, worked out here on its own. */
const tokensJoined = (value: string) => [...new Set(value.split(/\s+/).filter(Boolean))].join(' ');

describe('Function: joinedTokenList', () => {
  it.each([
    ['', ''],
    ['story', 'story'],
    ['story main', 'story main'],
    ['  a  b a\tc ', 'a b c'],
    ['a a', 'a'],
    ['ab a b', 'ab a b'],
    ['a\u00a0b', 'a b'],
    ['x y x-y y', 'x y x-y'],
    [' a b', 'a b'],
    ['a b\n', 'a b'],
    ['\ufeff\u00a0a b\u2028', 'a b'],
    [' a a ', 'a'],
    [' a  b ', 'a b'],
  ])('joins %j as linkedom does', (value, joined) => {
    expect(joinedTokenList(value)).toBe(joined);
    expect(joinedTokenList(value)).toBe(tokensJoined(value));
    expect(isJoinedTokenList(value)).toBe(value === joined);
  });
});

describe('className on linkedom elements', () => {
  const div = (attribute: string) =>
    documentOf(`<html><body><div ${attribute}>x</div></body></html>`).querySelector('div')!;

  it.each([['class="story main"'], ['class="  a  b a\tc "'], ['class=""'], ['id="x"']])(
    'reads the joined tokens, for %s, the same before and after classList is built',
    (attribute) => {
      const element = div(attribute);
      const expected = tokensJoined(element.getAttributeNode('class')?.value ?? '');
      expect(element.className).toBe(expected);
      expect(element.getAttribute('class') ?? '').toBe(expected);
      expect([...element.classList].join(' ')).toBe(expected);
      expect(element.className).toBe(expected);
    },
  );

  it('follows className, setAttribute, classList and removeAttribute', () => {
    const element = div('class="a b"');
    element.className = ' c  d c ';
    expect(element.className).toBe('c d');
    expect(element.getAttributeNode('class')?.value).toBe('c d');
    expect([...element.classList]).toEqual(['c', 'd']);
    element.classList.add('e');
    element.className = 'f';
    expect(element.className).toBe('f');
    expect([...element.classList]).toEqual(['f']);
    element.setAttribute('class', 'g g h');
    expect(element.className).toBe('g h');
    element.removeAttribute('class');
    expect(element.className).toBe('');
    element.className = 'i';
    expect(element.getAttribute('class')).toBe('i');
    expect(element.cloneNode(true)).toHaveProperty('className', 'i');
  });

  it('reads a class value written straight into the attribute node as written', () => {
    const element = div('class="a"');
    element.getAttributeNode('class')!.value = 'b  b c';
    expect(element.className).toBe('b  b c');
  });
});
