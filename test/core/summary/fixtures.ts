import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanArticle } from '../../../lambdas/core/article';
import { layoutBody } from '../../../lambdas/core/sentences';

/** What a fixture folder asks of the summary (all fields optional). */
export interface SummaryExpectation {
  sentences?: number;
  includes?: string[];
  excludes?: string[];
  tldrStartsWith?: string;
  headline?: string;
  untitled?: boolean;
  leaningOnlyAfterPredecessor?: boolean;
}

export interface SummaryFixture {
  name: string;
  article: CleanArticle;
  expect: SummaryExpectation;
  /** Human-written highlights, one a line, for the lead-style fixtures. */
  highlights?: string[];
}

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/summary', import.meta.url));

/** An invented article: paragraphs split by blank lines, the first one the title unless `untitled`. */
export function articleFromText(text: string, untitled = false): CleanArticle {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const title = untitled ? undefined : blocks.shift();
  return { title, ...layoutBody(blocks) };
}

export function loadFixtures(): SummaryFixture[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(FIXTURE_DIR, d.name);
      const expectFile = join(dir, 'expect.json');
      const expect = existsSync(expectFile) ? (JSON.parse(readFileSync(expectFile, 'utf8')) as SummaryExpectation) : {};
      const highlightsFile = join(dir, 'highlights.txt');
      return {
        name: d.name.replaceAll('-', ' '),
        article: articleFromText(readFileSync(join(dir, 'article.txt'), 'utf8'), expect.untitled),
        expect,
        highlights: existsSync(highlightsFile)
          ? readFileSync(highlightsFile, 'utf8')
              .split('\n')
              .filter((l) => l.trim())
          : undefined,
      };
    });
}
