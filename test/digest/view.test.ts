import { describe, expect, it } from 'vitest';
import type { DigestContent, DigestStory } from '../../lambdas/app/digest/digest-content';
import { digestDateLabel, digestMessage } from '../../lambdas/slack/views/digest';

function story(n: number, overrides: Partial<DigestStory> = {}): DigestStory {
  return {
    title: `Story ${n}`,
    url: `https://news.example/${n}`,
    sources: ['news.example'],
    latest: '2026-03-30T06:00:00.000Z',
    articleIds: [`a${n}`],
    ...overrides,
  };
}

describe('Function: digestMessage', () => {
  const at = new Date('2026-03-30T06:30:00Z');

  it('escapes every article text: no mention, link or entity can come from an article', () => {
    const hostile = story(1, {
      title: 'Prices <!channel> & <https://evil.example|your bank>',
      sources: ['Evil & Co <@U123>'],
      tldr: 'Read <https://evil.example|this> & weep',
      quote: { text: '<!here> now', speaker: 'A <b>Person</b>' },
    });
    const message = digestMessage({ stories: [hostile], more: [], articleCount: 1 }, { at, timeZone: 'Europe/Berlin' });
    const text = JSON.stringify(message.blocks);
    expect(text).not.toMatch(/<!channel>|<!here>|<@U123>|<https:\/\/evil/);
    expect(text).toContain('Prices &lt;!channel&gt; &amp; &lt;https://evil.example¦your bank&gt;');
    expect(text).toContain('Evil &amp; Co &lt;@U123&gt;');
    expect(text).toContain('Read &lt;https://evil.example|this&gt; &amp; weep');
    expect(text).toContain('“&lt;!here&gt; now” — A &lt;b&gt;Person&lt;/b&gt;');
  });

  it('has a header with the local date, up to ten full stories, and "More" for the rest', () => {
    const content: DigestContent = {
      stories: Array.from({ length: 10 }, (_, i) => story(i + 1, i === 0 ? { sources: ['A', 'B', 'C'] } : {})),
      more: Array.from({ length: 20 }, (_, i) => story(i + 11)),
      articleCount: 32,
    };
    const message = digestMessage(content, { at, timeZone: 'Asia/Tokyo' });
    const blocks = message.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'News digest · Monday 30 March 2026', emoji: true },
    });
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(sections).toHaveLength(11);
    expect(sections[0]).toContain('*1. <https://news.example/1|Story 1>*');
    expect(sections[0]).toContain('_A, B, C_ · *3 sources*');
    expect(sections[10]).toMatch(/^\*More\*\n• <https:\/\/news.example\/11\|Story 11>/);
    expect(sections[10]).toContain('…and 5 more');
    expect(message.text).toBe('News digest for Monday 30 March 2026: 30 stories from 32 articles');
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(3000);
  });

  it('clips a very long TL;DR and quote to one line each', () => {
    const long = 'word '.repeat(2000);
    const message = digestMessage(
      { stories: [story(1, { tldr: long, quote: { text: long, speaker: 'Someone' } })], more: [], articleCount: 1 },
      { at, timeZone: 'UTC' },
    );
    const section = (message.blocks as { type: string; text?: { text: string } }[]).find((b) => b.type === 'section')!
      .text!.text;
    expect(section.length).toBeLessThan(700);
    expect(section.split('\n')).toHaveLength(4);
  });

  it('names the date in the channel’s zone', () => {
    expect(digestDateLabel(new Date('2026-03-29T22:30:00Z'), 'Asia/Tokyo')).toBe('Monday 30 March 2026');
    expect(digestDateLabel(new Date('2026-03-29T22:30:00Z'), 'America/New_York')).toBe('Sunday 29 March 2026');
  });
});
