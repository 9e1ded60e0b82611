import { describe, expect, it } from 'vitest';
import { speakers } from '../../helpers/quote-readers';

/**
 * Court and crime stories (issue 14): "the family of one victim, Agnes Moore, said" names the victim, set
 * off by commas; the family speaks. An office after "for" or "of" stays the role's own ("a candidate for
 * president, Mr. Obama,"). Short articles written for these tests, with invented names.
 */
describe('a role "of" or "for" a person, then that person’s name (appositives.ts namesTheOtherPerson)', () => {
  it('credits the family, the son and the lawyer, not the person named after them', () => {
    expect(
      speakers(
        'A former nurse was jailed for life at Leeds Crown Court on Friday.',
        'In a statement, the family of one victim, Agnes Moore, said: "Nothing will bring Mum back."',
        'The lawyer for the defendant, Karen Pell, said: "She will appeal."',
      ),
    ).toEqual(['the family of one victim', 'the lawyer for the defendant']);
  });

  it('still credits the person named after an office of a place or body, or after "candidate for president"', () => {
    expect(
      speakers(
        'The mayor of Eastport, Rosa Lind, said: "We welcome it."',
        'On the steps where he had become a candidate for president, Tom Arden said: "I regret it."',
      ),
    ).toEqual(['Rosa Lind', 'Tom Arden']);
  });
});
