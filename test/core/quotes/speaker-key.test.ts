import { describe, expect, it } from 'vitest';
import { speakerKey, speakerKeyCandidates, speakerMatches } from '../../../lambdas/core/quotes/speaker-key';

describe('speakerKey', () => {
  it.each([
    ['kerry', 'kerry'],
    ['John Kerry', 'kerry'],
    ['Secretary Kerry', 'kerry'],
    ['U.S. Secretary of State John Kerry', 'kerry'],
    ['Mr Kerry', 'kerry'],
    ["Mr. Kerry's", 'kerry'],
    ['KERRY', 'kerry'],
    ['José Núñez', 'nunez'],
    ['Bashar al-Assad', 'assad'],
    ['Vincent van Gogh', 'gogh'],
    ['Martin Luther King Jr.', 'king'],
    ['Mr Major', 'major'],
    ['major', 'major'],
    ['Jay Carney, the White House spokesman', 'carney'],
    ['Chancellor Gordon Brown', 'brown'],
    ['Lord Currie', 'currie'],
  ])('%s → %s', (name, key) => {
    expect(speakerKey(name)).toBe(key);
  });

  it('keys organisations and unnamed sources apart from surnames', () => {
    expect(speakerKey('the company')).toBe('org:company');
    expect(speakerKey('Ugandan Media Council')).toBe('org:ugandan media council');
    expect(speakerKey('Microsoft', 'organisation')).toBe('org:microsoft');
    expect(speakerKey('a spokesman')).toBe('unnamed:spokesman');
    expect(speakerKey('the chancellor')).toBe('unnamed:chancellor');
    expect(speakerKeyCandidates('microsoft')).toEqual(['microsoft', 'org:microsoft']);
  });
});

describe('speakerMatches', () => {
  it.each([
    ['kerry', 'John Kerry', true],
    ['Secretary Kerry', 'John Kerry', true],
    ['Smith', 'John Smith', true],
    ['Smith', 'Jane Smith', true],
    ['Jane Smith', 'John Smith', false],
    ['J. Smith', 'John Smith', true],
    ['kerry', 'Sergei Lavrov', false],
    ['microsoft', 'Microsoft', true],
    ['the council', 'Ugandan Media Council', true],
    ['the commission', 'Ugandan Media Council', false],
    ['kerry', 'the company', false],
  ])('%s names %s: %s', (query, name, expected) => {
    expect(speakerMatches(query, name)).toBe(expected);
  });
});
