import { describe, expect, it } from 'vitest';
import { escapeText, link } from '../../lambdas/slack/escape';

describe('escapeText drops invisible and direction-changing characters', () => {
  it.each([
    ['bidi override and pop', 'Pay\u202Ekcab\u202C now', 'Paykcab now'],
    ['isolates and marks', '\u2066a\u2069 \u200Eb\u200F \u061Cc', 'a b c'],
    ['zero-width space, word joiner, BOM, soft hyphen', 'on\u200Bl\u2060i\uFEFFn\u00ADe', 'online'],
    ['a joiner between letters of Latin script', 'x\u200Dy\u200Cz', 'xyz'],
    ['tag characters (hidden ASCII)', 'hi\u{E0041}\u{E0042}dden', 'hidden'],
    ['line separators become spaces', 'a\u2028b\u2029c', 'a b c'],
  ])('%s', (_name, input, shown) => {
    expect(escapeText(input)).toBe(shown);
  });

  it.each([
    ['a ZWJ emoji sequence', '\u{1F469}\u200D\u{1F4BB}'],
    ['a ZWJ sequence with a skin tone', '\u{1F44D}\u{1F3FD}\u200D\u{1F525}'],
    ['a ZWNJ in Persian', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['a subdivision flag', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
  ])('keeps %s', (_name, text) => {
    expect(escapeText(text)).toBe(text);
  });

  it('link labels go through it too', () => {
    expect(link('https://news.example/a', 'Bank\u202E.com')).toBe('<https://news.example/a|Bank.com>');
  });
});
