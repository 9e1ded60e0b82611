import { describe, expect, it } from 'vitest';
import { analyzeMentions } from '../../../lambdas/core/quotes/mentions';
import { read, speakers, text } from '../../helpers/quote-readers';

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

describe('a name after its owner and a word of relation opens its clause (clause-subjects.ts)', () => {
  it('credits "she said" to "Reyes\' sister Ana", not to Reyes', () => {
    expect(
      speakers(
        'Singer Tom Reyes went missing in 1995.',
        'The police found his car near a bridge. Reyes\' sister Ana makes an emotional TV appeal five years later. "We love him very much and we want him home," she said.',
      ),
    ).toEqual(['Ana']);
  });

  it('credits "She said" to "Singer Mark Dunn\'s ex-wife Greta Holm", not to the subject of the sentence before', () => {
    expect(
      speakers(
        'Tom Reyes was evicted from the house on Friday night after a public vote.',
        'Reyes reacted badly to the news. Singer Mark Dunn\'s ex-wife Greta Holm nominated both Reyes and Kim. She said: "Tom is a difficult man to live with."',
      ),
    ).toEqual(['Greta Holm']);
  });

  it('leaves a work after its author\'s possessive out of the subjects: "Mara Quill\'s Night Harbour, a novel, is…"', () => {
    const { tokens } = read("Mara Quill's Night Harbour, a novel set in 1850, is the first of three books.");
    const subjects = analyzeMentions(tokens)
      .mentions.filter((m) => m.subject)
      .map((m) => text(tokens, m.first, m.last));
    expect(subjects).not.toContain('Night Harbour');
  });
});
