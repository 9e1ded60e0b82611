import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { layoutBody } from '../../../lambdas/core/sentences';

/** Odd input must neither throw nor produce a quote whose text is not its body slice. */
describe('findQuotes on odd input', () => {
  it.each([
    ['an empty body', []],
    ['only quote marks', ['" " “ ” « » \' ‘ ’']],
    ['an unclosed quote at the very end', ['He said: "and then nothing']],
    ['a closing mark with no opening', ['It ended there." Then silence.']],
    ['marks inside words', ['The "quo"te and 5\'10" and rock\'n\'roll.']],
    ['a paragraph of quotes with no reporter at all', ['"One." "Two." "Three." "Four."']],
    ['pronouns with nobody to refer to', ['"Yes," he said. "No," she said. "Maybe," they said. "Never," it said.']],
    ['titles with no names', ['"Fine," said the President. "Good," said Mr. "Well," said Dr.']],
  ])('%s', (_name, paragraphs) => {
    const article = layoutBody(paragraphs);
    const { quotes, speakers } = findQuotes(article);
    for (const q of quotes) {
      expect(article.body.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker === null || speakers.some((s) => s.name === q.speaker)).toBe(true);
    }
  });

  it('is deterministic', () => {
    const article = layoutBody(['Minister Ana Ruiz spoke on Monday. "We will act," she said.', '"Soon," she added.']);
    expect(findQuotes(article)).toEqual(findQuotes(article));
  });

  it('handles a long article of many paragraphs', () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `Official Number${i} Smith said: "Item ${i} is done." "Next," he added.`,
    );
    const article = layoutBody(paragraphs);
    const { quotes } = findQuotes(article);
    expect(quotes).toHaveLength(800);
    expect(quotes.every((q) => q.speaker !== null)).toBe(true);
  });
});
