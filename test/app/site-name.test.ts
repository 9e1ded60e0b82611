import { describe, expect, it } from 'vitest';
import { hostBearsName, trustedSiteName } from '../../lambdas/app/site-name';

describe('A declared site name is shown only when the host bears it out', () => {
  it.each([
    ['Harbour Gazette', 'harbourgazette.example'],
    ['The Lakeside Courier', 'www.lakesidecourier.example'],
    ['Valley News', 'news.valley.example'],
    ['The North Shore Times', 'nstimes.example'],
    ['Ostrava Wire Service', 'ows.example'],
    ['Ostrava Wire Service', 'owsnews.example'],
    ['The Kestrel Bay Chronicle', 'kbchronicle.example'],
    ['Dziennik Wrocławski', 'dziennikwroclawski.example'],
    ['Münchner Rundschau', 'muenchner-rundschau.example'],
    ['Münchner Rundschau', 'munchnerrundschau.example'],
    ['KESTREL.example', 'kestrel.example'],
    ['The Lakeside Courier Weekend', 'lakeside-courier.example'],
  ])('%s on %s', (name, host) => {
    expect(hostBearsName(name, host)).toBe(true);
  });

  it.each([
    ['Harbour Gazette', 'gazette-mirror.example'],
    ['The Lakeside Courier', 'courier.example'],
    ['Daily News', 'dailynewsx.example'],
    ['Wire Service', '127.0.0.1'],
    ['Anything', 'localhost'],
    ['Harbour Gazette Wire', 'wire.example'],
    ['Ostrava Wire Service', 'owsmirror.example'],
  ])('not %s on %s', (name, host) => {
    expect(hostBearsName(name, host)).toBe(false);
  });

  it('is shown with the host the page came from when the host does not bear it out', () => {
    expect(trustedSiteName('Harbour Gazette', 'https://copycat.example/story')).toBe(
      'Harbour Gazette (copycat.example)',
    );
    expect(trustedSiteName('Harbour Gazette', 'https://www.harbourgazette.example/story')).toBe('Harbour Gazette');
  });

  it('stays unset when the page declared no name', () => {
    expect(trustedSiteName(undefined, 'https://copycat.example/story')).toBeUndefined();
    expect(trustedSiteName('  ', 'https://copycat.example/story')).toBeUndefined();
  });
});
