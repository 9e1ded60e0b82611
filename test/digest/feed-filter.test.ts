import { describe, expect, it } from 'vitest';
import { passesFilter } from '../../lambdas/app/digest/feed-filter';

const item = (title: string, tldr = '') => ({
  title,
  summary: { headline: title, tldr, sentences: tldr ? [{ text: tldr, start: 0, end: tldr.length }] : [] },
});

describe('passesFilter: a channel’s include/exclude words against an item’s title and summary', () => {
  it('keeps everything without a filter', () => {
    expect(passesFilter(item('Anything at all'), undefined)).toBe(true);
    expect(passesFilter(item('Anything at all'), {})).toBe(true);
  });
  it('includes on any word, folded and stemmed like search, in the title or the summary', () => {
    const filter = { include: ['Élections', 'ferries'] };
    expect(passesFilter(item('Election night in the city'), filter)).toBe(true);
    expect(passesFilter(item('Quiet week', 'The ferry returns to port.'), filter)).toBe(true);
    expect(passesFilter(item('Quiet week', 'Nothing happened.'), filter)).toBe(false);
  });
  it('matches whole words, including short ones search would skip, and several-part words only whole', () => {
    expect(passesFilter(item('EU ministers meet'), { include: ['eu'] })).toBe(true);
    expect(passesFilter(item('Europe ministers meet'), { include: ['eu'] })).toBe(false);
    expect(passesFilter(item('Covid-19 cases fall'), { include: ['covid-19'] })).toBe(true);
    expect(passesFilter(item('Covid cases fall'), { include: ['covid-19'] })).toBe(false);
  });
  it('meets letters people spell out (ß as ss, æ as ae, ł as l) whichever side is typed which way', () => {
    expect(passesFilter(item('Hauptstraße closed for repairs'), { include: ['HAUPTSTRASSE'] })).toBe(true);
    expect(passesFilter(item('Hauptstrasse closed for repairs'), { include: ['Hauptstraße'] })).toBe(true);
    expect(passesFilter(item('Aeroe ferry returns'), { exclude: ['Ærø'] })).toBe(false);
    expect(passesFilter(item('Lodz council meets'), { include: ['Łódź'] })).toBe(true);
    expect(passesFilter(item('Strasbourg council meets'), { include: ['straße'] })).toBe(false);
  });
  it('drops an item holding any excluded word, after the include', () => {
    const filter = { include: ['ferry'], exclude: ['sponsored'] };
    expect(passesFilter(item('Ferry news', 'A sponsored crossing.'), filter)).toBe(false);
    expect(passesFilter(item('Ferry news', 'A late crossing.'), filter)).toBe(true);
    expect(passesFilter(item('Sponsored race'), { exclude: ['sponsor'] })).toBe(false);
  });
});
