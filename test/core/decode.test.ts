import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes, detectCharset } from '../../lambdas/core/decode';
import { sharedPath } from '../../scripts/shared-data';

/** Encode a string as single-byte charset bytes via an explicit table, so the test doesn't trust the decoder it checks. */
function bytes(...values: (number | string)[]): Uint8Array {
  const out: number[] = [];
  for (const v of values) {
    if (typeof v === 'number') out.push(v);
    else for (const ch of v) out.push(ch.charCodeAt(0));
  }
  return new Uint8Array(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

// "Café déjà" in Latin-1 / windows-1252: é = 0xE9, à = 0xE0; “ ” = 0x93 0x94 in windows-1252 only.
const latin1Body = bytes('<p>Caf', 0xe9, ' d', 0xe9, 'j', 0xe0, ' ', 0x93, 'vu', 0x94, '</p>');
// "Привет мир" in windows-1251.
const cp1251Word = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0];

describe('Function: charsetFromContentType', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'windows-1252'],
    ['text/html;charset="windows-1251"', 'windows-1251'],
    ['application/xml; charset=utf-8; q=1', 'utf-8'],
    ['text/html', undefined],
    ['text/html; charset=no-such-thing', undefined],
  ])('reads %s as %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});

describe('Function: decodeBytes', () => {
  it('decodes Latin-1 bytes named by the HTTP header', () => {
    expect(decodeBytes(latin1Body, 'text/html; charset=iso-8859-1')).toBe('<p>Café déjà “vu”</p>');
  });

  it('decodes windows-1251 bytes named by the HTTP header', () => {
    expect(decodeBytes(bytes(...cp1251Word), 'text/html; charset=windows-1251')).toBe('Привет мир');
  });

  it('finds <meta charset> when the header has none', () => {
    const page = bytes('<html><head><meta charset="windows-1251"><title>', ...cp1251Word, '</title>');
    expect(decodeBytes(page, 'text/html')).toContain('<title>Привет мир</title>');
    expect(detectCharset(page).source).toBe('meta');
  });

  it('finds the http-equiv Content-Type declaration', () => {
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 0xe9);
    expect(decodeBytes(page)).toMatch(/é$/);
  });

  it('finds the XML declaration of a feed', () => {
    const feed = bytes('<?xml version="1.0" encoding="windows-1251"?><rss><title>', ...cp1251Word, '</title></rss>');
    expect(detectCharset(feed)).toMatchObject({ charset: 'windows-1251', source: 'xml' });
    expect(decodeBytes(feed)).toContain('Привет мир');
  });

  it('lets a UTF-8 BOM win over a wrong header and strips it', () => {
    const page = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zürich')]);
    expect(detectCharset(page, 'text/html; charset=windows-1252')).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(decodeBytes(page, 'text/html; charset=windows-1252')).toBe('Zürich');
  });

  it('decodes a UTF-16LE BOM', () => {
    const page = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00]);
    expect(decodeBytes(page)).toBe('Hé');
  });

  it('takes undeclared valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('<p>naïve – “quoted”</p>'))).toBe('<p>naïve – “quoted”</p>');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(detectCharset(latin1Body).source).toBe('fallback');
    expect(decodeBytes(latin1Body)).toBe('<p>Café déjà “vu”</p>');
  });

  it('prefers the header over a conflicting meta declaration', () => {
    const page = bytes('<meta charset="utf-8">', ...cp1251Word);
    expect(decodeBytes(page, 'text/html; charset=windows-1251')).toContain('Привет мир');
  });

  it('never throws on bytes that are invalid in the declared charset', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0xff, 0x42]), 'text/plain; charset=utf-8')).toBe('A\uFFFDB');
  });
});

const feedsDir = sharedPath('data', 'feeds');

describe.skipIf(!existsSync(feedsDir))('real feeds in legacy charsets (../shared/data/feeds)', () => {
  const read = (name: string) => new Uint8Array(readFileSync(resolve(feedsDir, name)));

  it.each([
    ['node-feedparser/iconv.xml', 'windows-1251', 'xml', /[А-Яа-я]{4}/],
    ['rss-parser/encoding.rss', 'windows-1252', 'xml', /ç[ãõ]/],
    ['rss-parser/uolNoticias.rss', 'windows-1252', 'fallback', /ç/],
    ['rss-parser/guardian.rss', 'utf-8', 'xml', /[“”’]/],
  ])('decodes %s as %s (from %s) without garbling', (name, charset, source, sample) => {
    const bytes = read(name);
    expect(detectCharset(bytes)).toMatchObject({ charset, source });
    const text = decodeBytes(bytes);
    expect(text).toMatch(sample);
    expect(text).not.toMatch(/[\uFFFD\u0080-\u009F]/);
  });
});
