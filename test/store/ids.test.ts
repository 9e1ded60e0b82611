import { describe, expect, it } from 'vitest';
import { joinChunks, packJson, splitChunks, unpackJson } from '../../lambdas/store/body';
import { decodeCursor, encodeCursor } from '../../lambdas/store/cursor';
import { InvalidCursorError } from '../../lambdas/store/errors';
import { articleIdentity, articleIdFor, bodyHash, canonicalUrl, normalizeArticleId } from '../../lambdas/store/ids';
import { latestArticlesPartition } from '../../lambdas/store/keys';
import { foldText, queryRequirements, searchTerms } from '../../lambdas/store/terms';

describe('Function: canonicalUrl', () => {
  it.each([
    ['https://Example.COM/a/b/', 'https://example.com/a/b'],
    ['https://example.com/a#section-2', 'https://example.com/a'],
    ['https://example.com/a?utm_source=x&id=3&UTM_Medium=y', 'https://example.com/a?id=3'],
    ['https://example.com/?utm_campaign=z', 'https://example.com'],
    ['https://example.com', 'https://example.com'],
    ['HTTP://example.com:80/x', 'http://example.com/x'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['<https://example.com/x>', 'https://example.com/x'],
    ['example.com/story/', 'https://example.com/story'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each([[undefined], [''], ['not a url'], ['/relative/path'], ['mailto:a@example.com'], ['ftp://example.com/x']])(
    'gives undefined for %j',
    (input) => {
      expect(canonicalUrl(input)).toBeUndefined();
    },
  );
});

describe('article ids', () => {
  it('are 8 typeable characters, the same on every retry, different per team', () => {
    const a = articleIdFor('T1', 'url:https://example.com/a');
    expect(a).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
    expect(articleIdFor('T1', 'url:https://example.com/a')).toBe(a);
    expect(articleIdFor('T2', 'url:https://example.com/a')).not.toBe(a);
    expect(articleIdFor('T1', 'url:https://example.com/a', 1)).not.toBe(a);
  });

  it('give the same identity to a URL with or without its scheme and "www."', () => {
    const identity = (url: string) => articleIdentity(canonicalUrl(url), 'h');
    expect(identity('http://www.example.com/a')).toBe(identity('https://example.com/a'));
    expect(identity('example.com/a')).toBe(identity('https://example.com/a'));
    expect(identity('https://example.com/a')).not.toBe(identity('https://example.com/b'));
    expect(articleIdentity(undefined, 'h')).toBe('body:h');
  });

  it.each([
    ['ABCD1234', 'abcd1234'],
    [' abcd0123 ', 'abcd0123'],
    ['abcdo1l3', 'abcd0113'],
    ['abc', undefined],
    ['abcd#123', undefined],
    ['abcdu123', undefined],
  ])('reads a typed id %j as %j', (typed, expected) => {
    expect(normalizeArticleId(typed)).toBe(expected);
  });

  it('hashes bodies regardless of line wrapping, not of wording', () => {
    expect(bodyHash('One two\n\nthree.')).toBe(bodyHash('One two three. '));
    expect(bodyHash('One two three.')).not.toBe(bodyHash('One two four.'));
  });
});

describe('search terms and phrases', () => {
  it('fold case, accents and quote marks', () => {
    expect(foldText('  Genève’s “Big”\tDEAL ')).toBe('geneve\'s "big" deal');
  });

  it('stem so that singular and plural, verb forms meet, and drop stop words', () => {
    expect(searchTerms('Elections and the election')).toEqual(['election']);
    expect(searchTerms('voting votes voted')).toEqual(['vot']);
    expect(searchTerms('The talks of 2024')).toEqual(['talk', '2024']);
    expect(searchTerms('meetings meeting, movies movie, speeds speed')).toEqual(['meet', 'movy', 'spe']);
  });

  it('keep two-letter acronyms written in capitals, dotted or not, and nothing else of two letters', () => {
    expect(searchTerms('EU and U.S. talks on AI, G7 and 5G')).toEqual(['eu', 'us', 'talk', 'ai', 'g7', '5g']);
    // "eu-ro" in lower case has no acronym; its pieces run together are a word.
    expect(searchTerms('Tell us of it, eu-ro')).toEqual(['tell', 'euro']);
    expect(searchTerms('U.S.A. and the U.K.')).toEqual(['usa', 'uk']);
  });

  it('index Chinese and Japanese, written without spaces, by overlapping pairs of characters', () => {
    expect(searchTerms('北京大学の学生')).toEqual(['北京', '京大', '大学', '学の', 'の学', '学生']);
    expect(searchTerms('新 iPhone新機種')).toEqual(['新', 'iphon', '新機', '機種']);
    expect(queryRequirements('北京大学')).toEqual([['北京'], ['京大'], ['大学']]);
  });

  it('index numbers of two digits or more, "3,000" as 3000, and compounds by their pieces and run together', () => {
    expect(searchTerms('In 1912, 7 of 3,000 crew flew the 737 and A320')).toEqual([
      '1912',
      '3000',
      'crew',
      'flew',
      '737',
      'a320',
    ]);
    expect(searchTerms("An e-mail to O'Hara about Covid-19 didn't say: 31-year-old, 6-3")).toEqual([
      'mail',
      'email',
      'hara',
      'ohara',
      'covid',
      '19',
      'covid19',
      'didn',
      '31',
      'old',
      '6-3',
    ]);
  });

  it('read a compound in a search either way it is written: run together, or by its pieces', () => {
    // Run together for an article that writes "email"; by its pieces for one indexed before the run-together term.
    expect(queryRequirements("e-mail o'hara hi-tech wi-fi")).toEqual([
      ['email', 'mail'],
      ['ohara', 'hara'],
      ['hitech', 'tech'],
      ['wifi'],
    ]);
    expect(queryRequirements('covid-19')).toEqual([
      ['covid19', 'covid'],
      ['covid19', '19'],
    ]);
    expect(queryRequirements('email')).toEqual([['email']]);
  });

  it('index figures whole: decimals with their unit, scores, dates and seasons, and a number with a short unit', () => {
    expect(searchTerms('£3.5bn and 2.5% at 10.30am, won 6-3 6–4, since 9/11, open 24/7, the 2023/24 season')).toEqual([
      '3.5bn',
      '2.5',
      '10.30am',
      'won',
      '6-3',
      '6-4',
      'sinc',
      '9-11',
      '11',
      'open',
      '24-7',
      '24',
      '2023-24',
      '2023',
      'season',
    ]);
    expect(searchTerms('a £5m deal')).toEqual(['5m', 'deal']);
    // A search asks for the figure itself: "9/11" is not every article with an 11; "2023-24" meets "2023/24".
    expect(queryRequirements('9/11 3.5bn 2023-24 5m')).toEqual([['9-11'], ['3.5bn'], ['2023-24'], ['5m']]);
  });

  it('read a search’s two-letter words as acronyms in any case, unless a lower-case stop word', () => {
    expect(queryRequirements('eu ai talks')).toEqual([['eu'], ['ai'], ['talk']]);
    expect(queryRequirements('US us of OF')).toEqual([['us'], ['of']]);
  });
});

describe('bodies', () => {
  it('pack, split and join back to the same value', () => {
    const value = { body: 'x'.repeat(1000) + '🙂\u{d800}', n: [1, 2] };
    const packed = packJson(value);
    const chunks = splitChunks(packed, 7);
    expect(chunks.length).toBeGreaterThan(1);
    expect(unpackJson(joinChunks(chunks))).toEqual(value);
  });
});

describe('page cursors', () => {
  const partition = latestArticlesPartition('T1');
  it('round-trip a position and a skip', () => {
    const key = { PK: 'p', SK: 's', GSI1PK: partition.value, GSI1SK: 'x' };
    expect(decodeCursor(encodeCursor(key, 3), partition)).toEqual({ startKey: key, skip: 3 });
    expect(decodeCursor(undefined, partition)).toEqual({ skip: 0 });
  });

  it.each([
    ['%%%'],
    [Buffer.from('{"k":{"GSI1PK":"T#T2#ARTICLES"}}').toString('base64url')],
    [Buffer.from('{"s":-1}').toString('base64url')],
    [Buffer.from('{"x":1}').toString('base64url')],
  ])('rejects %j', (cursor) => {
    expect(() => decodeCursor(cursor, partition)).toThrow(InvalidCursorError);
  });
});
