import { describe, expect, it } from 'vitest';
import { roleAskedFor } from '../../lambdas/app/quotes/role-asked-for';

describe('roleAskedFor: a /news quote query that names a speaker by role', () => {
  it('takes a query opened by a determiner as a role, without the determiner', () => {
    expect(roleAskedFor('the mayor')).toBe('mayor');
    expect(roleAskedFor('The Harbour Planner')).toBe('harbour planner');
    expect(roleAskedFor('a spokeswoman')).toBe('spokeswoman');
  });

  it('takes an office or role noun of the closed lexicons as a role', () => {
    expect(roleAskedFor('Prime Minister')).toBe('prime minister');
    expect(roleAskedFor('mayor')).toBe('mayor');
  });

  it('leaves names, and long queries, to the speaker lookup', () => {
    expect(roleAskedFor('Varga')).toBeUndefined();
    expect(roleAskedFor('Elena Varga')).toBeUndefined();
    expect(roleAskedFor('the mayor of the town across the river')).toBeUndefined();
    expect(roleAskedFor('')).toBeUndefined();
  });
});
