import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lambdas/core/quotes/index';
import { buildArticle, type GoldQuote, matchGold, speakerCorrect } from '../../../scripts/eval/quotes-scoring';
import { sharedPath } from '../../../scripts/shared-data';

/** A floor under the figures `npm run eval:quotes` prints, so a regression fails the suite. */
const dir = sharedPath('data', 'quotes-dev');

describe.skipIf(!existsSync(dir))('quotes-dev set', () => {
  it('keeps joint F1 (span and speaker both right) at 0.90 or more, and every text equal to its body slice', () => {
    const gold = readFileSync(join(dir, 'bbc-quotes-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as GoldQuote);
    let predicted = 0;
    let joint = 0;
    for (const id of new Set(gold.map((g) => g.id))) {
      const { article, shift } = buildArticle(
        readFileSync(join(dir, 'articles', `${id.replace('/', '-')}.txt`), 'utf8'),
      );
      const { quotes } = findQuotes(article);
      predicted += quotes.length;
      for (const q of quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
      const golds = gold.filter((x) => x.id === id);
      const matches = matchGold(article.body, golds, quotes, shift);
      for (const [i, g] of golds.entries()) {
        const match = matches[i];
        if (match && speakerCorrect(match.speaker, g.speaker)) joint++;
      }
    }
    const precision = joint / predicted;
    const recall = joint / gold.length;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });
});
