import { describe, expect, it } from 'vitest';
import { speakers } from '../../helpers/quote-readers';

/**
 * A name between a determiner and a lower-case noun modifies the noun ("the Velvet Moon tour", "a Proustian
 * reaction"): it names no one acting in the sentence, so it is no speaker (modifier-name.ts). Short articles
 * written for these tests, with invented names.
 */
describe('a name modifying the noun after it speaks for no one (modifier-name.ts)', () => {
  it('credits the singer, not "the Velvet Moon tour", with what her claim says of the tour', () => {
    expect(
      speakers(
        'Singer Mara Quill has sued seven insurers after she cancelled her Velvet Moon tour last spring. She hurt her ankle during a rehearsal in Leeds.',
        'The claim described Quill as "one of the hardest-working stars of her generation". The Velvet Moon tour was cited as "a lavish production with costly sets and a large crew".',
      ),
    ).toEqual(['Mara Quill', 'Mara Quill']);
  });

  it('credits nobody with words heard after "a Proustian reaction", and leaves "the Orbit board said" to the board', () => {
    expect(
      speakers(
        'I have a Proustian reaction to that tune. I whisper "not again" until my brother tells me "it is over".',
        'The Orbit board said the tune was "here to stay".',
      ),
    ).toEqual([null, null, 'Orbit']);
  });
});
