import { describe, expect, it } from 'vitest';
import type { Quote } from '../../lambdas/core/article';
import { MODEL } from '../../lambdas/core/quotes/scorer';
import { articleUnfurl, confidentQuote } from '../../lambdas/slack/views/unfurl';
import { replyText } from '../helpers/slack-request';

const quote = (over: Partial<Quote> & { confidence?: number }): Quote =>
  ({
    text: 'We will open in May,',
    speaker: 'Mara Quell',
    partial: false,
    paragraph: 0,
    start: 0,
    end: 20,
    ...over,
  }) as Quote;

describe('View: articleUnfurl', () => {
  it('shows only a whole, attributed quote, and none the quote finder is not confident about', () => {
    expect(confidentQuote([quote({ speaker: null }), quote({ partial: true })])).toBeUndefined();
    expect(confidentQuote([quote({ confidence: MODEL.cardThreshold - 0.01 })])).toBeUndefined();
    expect(
      confidentQuote([quote({ confidence: 0.2 }), quote({ speaker: 'Ines Varo', confidence: MODEL.cardThreshold })])
        ?.speaker,
    ).toBe('Ines Varo');
    // Quotes stored before confidence existed count as the finder's choice.
    expect(confidentQuote([quote({})])?.speaker).toBe('Mara Quell');
  });

  it('shows at most three summary sentences, escaped, with Quotes and Full summary but no Share', () => {
    const sentences = ['One <!channel>.', 'Two.', 'Three.', 'Four.'].map((text) => ({ text, start: 0, end: 1 }));
    const { blocks } = articleUnfurl({
      id: 'abc123',
      title: 'A <@U1> title',
      url: 'https://news.example/a',
      site: 'news.example',
      publishedAt: '2026-11-02T08:00:00Z',
      summary: { headline: 'A <@U1> title', sentences, tldr: '' },
      quotes: [quote({ confidence: 0.3 })],
    });
    const text = replyText({ blocks });
    expect(text).toContain('• Three.');
    expect(text).not.toContain('Four.');
    expect(text).not.toContain('Mara Quell');
    expect(text).not.toMatch(/<!channel>|<@U1>/);
    expect(text).toContain('2026-11-02');
    const buttons = blocks.flatMap((b: any) => (b.type === 'actions' ? b.elements.map((e: any) => e.text.text) : []));
    expect(buttons).toEqual(['Quotes', 'Full summary']);
  });
});
