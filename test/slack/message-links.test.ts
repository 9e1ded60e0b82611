import { describe, expect, it } from 'vitest';
import { messageLinks } from '../../lambdas/slack/shortcuts/message-links';

describe('Function: messageLinks', () => {
  it('reads Slack-formatted links in order, once each, unescaping &amp;', () => {
    expect(
      messageLinks(
        'see <https://a.example/x?a=1&amp;b=2|this> and <https://b.example/y> and <https://a.example/x?a=1&amp;b=2>',
      ),
    ).toEqual(['https://a.example/x?a=1&b=2', 'https://b.example/y']);
  });

  it('skips mentions, channels and mailto links; finds a bare URL when nothing is wrapped', () => {
    expect(messageLinks('<@U1> <#C1|news> <mailto:a@b.example|mail>')).toEqual([]);
    expect(messageLinks('bare https://c.example/z here')).toEqual(['https://c.example/z']);
    expect(messageLinks('')).toEqual([]);
  });
});
