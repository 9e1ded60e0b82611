import { describe, expect, it } from 'vitest';
import { NotAnArticleError } from '../../lambdas/app/add-article';
import { PostRefusedError } from '../../lambdas/app/ports/poster';
import { causeCode, errorCode, UserFacingError, userMessageOf } from '../../lambdas/core/errors';
import { FetchError } from '../../lambdas/fetch/errors';

describe('The error family: UserFacingError, userMessageOf, errorCode', () => {
  it('shows the message of a user-facing error (the fetcher’s and the paste check’s included), and nothing of any other', () => {
    const fetchError = new FetchError('timeout', "I couldn't reach example.org (timed out after 10 s).");
    expect(fetchError).toBeInstanceOf(UserFacingError);
    expect(fetchError.name).toBe('FetchError');
    expect(userMessageOf(fetchError)).toBe("I couldn't reach example.org (timed out after 10 s).");
    const short = new NotAnArticleError('too_short', 'That is 3 words.');
    expect([short.name, short.code, userMessageOf(short)]).toEqual([
      'NotAnArticleError',
      'too_short',
      'That is 3 words.',
    ]);
    expect(userMessageOf(new Error('ECONNRESET at 10.0.0.1'))).toBeUndefined();
    // A plain Error named like one of ours is not one: no matching by name.
    expect(userMessageOf(Object.assign(new Error('x'), { name: 'FetchError' }))).toBeUndefined();
    expect(userMessageOf('a string')).toBeUndefined();
  });

  it('reads a string code from any error, and only a string', () => {
    expect(errorCode(new PostRefusedError('channel_not_found'))).toBe('channel_not_found');
    expect(errorCode(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('ENOENT');
    expect(errorCode(Object.assign(new Error('x'), { code: 42 }))).toBeUndefined();
    expect(errorCode(new Error('x'))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
    expect(errorCode(undefined)).toBeUndefined();
  });

  it('finds a wanted code along the cause chain (fetch wraps the socket error), and stops at the depth limit', () => {
    const socket = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
    const wrapped = new TypeError('fetch failed', { cause: socket });
    expect(causeCode(wrapped, (c) => c.startsWith('ECONN'))).toBe('ECONNRESET');
    expect(causeCode(wrapped, (c) => c === 'ETIMEDOUT')).toBeUndefined();
    let deep: unknown = socket;
    for (let i = 0; i < 5; i++) deep = new Error('layer', { cause: deep });
    expect(causeCode(deep, () => true)).toBeUndefined();
    expect(causeCode(deep, () => true, 10)).toBe('ECONNRESET');
  });
});
