import { describe, expect, it } from 'vitest';
import { runs } from '../../helpers/quote-readers';

/**
 * A capitalised word that opens a sentence may be a name's first word or a common word capitalised by its place
 * (name-runs.ts); the article's own writing tells which. Short articles written for these tests.
 */
describe('a name the reporter also writes inside a sentence keeps its first word at a sentence start (name-runs.ts)', () => {
  it('reads "New Zealand" opening a sentence whole when the article also writes "in New Zealand" and "new"', () => {
    const found = runs(
      'Fans in New Zealand cheered the new kit. New Zealand beat Wales 20-10 at the new stadium.',
      'New figures show crowds are up.',
    );
    expect(found.filter((r) => r.includes('Zealand'))).toEqual(['New Zealand:place', 'New Zealand:place']);
  });
});
