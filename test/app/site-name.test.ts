import { describe, expect, it } from 'vitest';
import { hostBearsName, trustedSiteName } from '../../lambdas/app/site-name';

describe('A declared site name is shown only when the host bears it out', () => {
  it.each([
    ['Harbour Gazette', 'harbourgazette.example'],
    ['The Lakeside Courier', 'www.lakesidecourier.example'],
    ['Valley News', 'news.valley.example'],
    ['The North Shore Times', 'nstimes.example'],
    ['Ostrava Wire Service', 'ows.example'],
    ['The Kestrel Bay Chronicle', 'kbchronicle.example'],
    ['Dziennik Wrocławski', 'dziennikwroclawski.example'],
    ['Münchner Rundschau', 'muenchner-rundschau.example'],
    ['Münchner Rundschau', 'munchnerrundschau.example'],
    ['KESTREL.example', 'kestrel.example'],
    ['The Lakeside Courier Weekend', 'lakeside-courier.example'],
    ['Harbour Gazette', 'www.harbourgazette.co.uk'],
    ['The Kestrel', 'news.kestrel.net.au'],
    ['Kestrel Bay Magazine', 'kestrelbaymag.example'],
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
    // A subdomain is whatever the domain's owner makes up: only the label the host is registered under counts.
    ['Harbour Gazette', 'harbourgazette.attacker.example'],
    ['Harbour Gazette', 'harbour-gazette.blogplatform.example'],
    ['The New York Gazette', 'nyg.login-check.example'],
    ['Harbour Gazette', 'harbourgazette.example.attacker.co.uk'],
    // A registered label with letters of its own, or only part of a word of the name.
    ['Harbour Gazette', 'notharbourgazette.example'],
    ['Harbour Gazette', 'harbourgazettealerts.example'],
    ['Kestrel Courier', 'kest.example'],
    // Padded with a generic word the name does not have: anyone can register it.
    ['Harbour Gazette', 'harbourgazette-news.example'],
    ['Harbour Gazette', 'harbourgazetteonline.example'],
    ['Harbour Gazette', 'dailyharbourgazette.example'],
    ['Ostrava Wire Service', 'owsnews.example'],
    ['The North Shore Times', 'nstnews.example'],
  ])('not %s on %s', (name, host) => {
    expect(hostBearsName(name, host)).toBe(false);
  });

  it('is shown with the host the page came from when the host does not bear it out', () => {
    expect(trustedSiteName('Harbour Gazette', 'https://copycat.example/story')).toBe(
      'Harbour Gazette (copycat.example)',
    );
    expect(trustedSiteName('Harbour Gazette', 'https://www.harbourgazette.example/story')).toBe('Harbour Gazette');
  });

  it('is the host alone when the name writes the address of a site registered elsewhere', () => {
    expect(trustedSiteName('Harbour Gazette (harbourgazette.example)', 'https://copycat.example/story')).toBe(
      'copycat.example',
    );
    expect(trustedSiteName('Harbour Gazette | www.harbourgazette.co.uk', 'https://news.harbourgazette.co.uk/a')).toBe(
      'Harbour Gazette | www.harbourgazette.co.uk',
    );
    // Figures and initials are not addresses.
    expect(trustedSiteName('Harbour Gazette 2.0', 'https://harbourgazette.example/a')).toBe('Harbour Gazette 2.0');
    expect(trustedSiteName('U.S. Harbour News', 'https://copycat.example/a')).toBe(
      'U.S. Harbour News (copycat.example)',
    );
  });

  it('stays unset when the page declared no name', () => {
    expect(trustedSiteName(undefined, 'https://copycat.example/story')).toBeUndefined();
    expect(trustedSiteName('  ', 'https://copycat.example/story')).toBeUndefined();
  });
});
