import { describe, expect, it } from 'vitest';
import { chromeName } from '../../../lambdas/core/extract/chrome-markup';

/** The name words as chromeName has always read them: split, slugs of more than five words left out, camelCase parted. */
const asWritten = (className: string, id: string) =>
  `${className} ${id}`
    .split(/\s+/)
    .filter((name) => name.split(/[-_]/).length <= 5)
    .join(' ')
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2');

describe('Function: chromeName', () => {
  it.each([
    ['', ''],
    ['', 'main'],
    ['story', ''],
    ['  ', ''],
    ['', ' '],
    ['newsCaption share-bar', 'top'],
    ['a-b-c-d-e', 'a_b_c_d_e_f'],
    ['how-popular-is-meditation-now', 'x-y-z-w'],
    ['-', '__'],
    ['related\tposts', 'sideBar'],
  ])('reads the words of class %j and id %j as before', (className, id) => {
    expect(chromeName(className, id)).toBe(asWritten(className, id));
  });

  it('leaves out slugs of more than five words and parts camelCase', () => {
    expect(chromeName('newsCaption how-popular-is-meditation-now-then', 'a_b')).toBe('news Caption a_b');
  });
});
