import { describe, expect, it } from 'vitest';
import { speakers } from '../../helpers/quote-readers';

/**
 * Whom a later "he said" or "she said" points back to, when the person is named in a shape that hides
 * them as the subject (issue 14). Short articles written for these tests, with invented names.
 */
describe('cue subjects a later pronoun points back to', () => {
  it('reads "Name, 52, who told reporters" as the name speaking, past the age set off by commas (cues.ts)', () => {
    expect(
      speakers(
        'Clara Voss was nominated for best actress for her role in Northern Line, and Tessa Grale for her part in Harbour Lights.',
        'It is also a first nomination for Marla Quince, 52, who told reporters she had not expected the film to travel. "It was a strange and happy year for all of us," she said.',
      ),
    ).toEqual(['Marla Quince']);
  });
});
