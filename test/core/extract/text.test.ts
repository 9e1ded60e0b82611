import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lambdas/core/extract/text';
import { sharedPath } from '../../../scripts/shared-data';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(resolve(repoRoot, 'test/fixtures/extract/text', name), 'utf8');

describe('Function: extractText', () => {
  describe('pasted text with site chrome', () => {
    const article = extractText(fixture('pasted-with-site-chrome.txt'), { url: 'https://example.test/pier' });

    it('detects the headline line as the title', () => {
      expect(article.title).toBe('Harbor Town Votes to Rebuild Its Wooden Pier');
    });

    it('keeps exactly the story paragraphs, in order, whitespace normalised within each', () => {
      expect(article.paragraphs).toEqual([
        'The council of Harbor Town voted 7 to 2 on Tuesday to rebuild the wooden pier that storms wrecked last winter, Mayor Ada Brennan said.',
        '"We owe it to the fishermen," Brennan told reporters. The work is expected to start in May.',
        'Critics said the cost, put at $4.5 million, was too high.',
      ]);
    });

    it('takes the byline from the "By" line and drops it and the date stamp from the body', () => {
      expect(article.byline).toBe('Lena Ortiz, Sam Poe');
      expect(article.paragraphs.join('\n')).not.toMatch(/Lena Ortiz|March 4, 2024/);
    });

    it('passes the url through', () => {
      expect(article.url).toBe('https://example.test/pier');
    });
  });

  it('joins a hard-wrapped paragraph and keeps the next one apart', () => {
    const article = extractText(fixture('hard-wrapped.txt'));
    expect(article.title).toBe('Lighthouse Keeper Retires After 40 Years');
    expect(article.paragraphs).toEqual([
      'The last keeper of the Gull Point light retired on Friday after four decades of climbing its 112 steps, the coast guard said in a statement.',
      'He said he would miss the view more than anything else.',
    ]);
  });

  it.each([["'Memories of the harbour...'"], ['Is this the end of the pier?'], ['Harbor Town wins!']])(
    'takes the short punctuated headline %j as the title',
    (headline) => {
      expect(extractText(`${headline}\n\nThe council met on Monday.`).title).toBe(headline);
    },
  );

  it('drops lines of binary garbage', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 167 + 13) % 256)).replace(
      /\s/g,
      'x',
    );
    expect(extractText(`The mayor resigned on Monday.\n\n${garbage}\n\nShe gave no reason.`).paragraphs).toEqual([
      'The mayor resigned on Monday.',
      'She gave no reason.',
    ]);
  });

  it('splits a headline from the sentence on the next line', () => {
    const article = extractText(
      'Harbor Town Votes on Pier\nThe council voted on Tuesday to rebuild the pier.\n\nWork starts in May.',
    );
    expect(article.title).toBe('Harbor Town Votes on Pier');
    expect(article.paragraphs).toEqual(['The council voted on Tuesday to rebuild the pier.', 'Work starts in May.']);
  });

  it('takes no title when the first paragraph is a sentence', () => {
    const article = extractText('The mayor resigned on Monday.\n\nShe gave no reason.');
    expect(article.title).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
  });

  it.each([
    ['Accessibility links'],
    ['Skip to main content'],
    ['Breaking News'],
    ['XS'],
    ['LG'],
    ['Share this article'],
    ['Follow us on Instagram'],
    ['Advertisement'],
    ['Read more'],
    ['Print'],
    ['Related: Council approves budget'],
    ['Email this article'],
    ['Embed'],
    ['0:00'],
    ['Privacy Policy'],
  ])('drops the chrome line %j', (line) => {
    const article = extractText(`The mayor resigned on Monday.\n\n${line}\n\nShe gave no reason.`);
    expect(article.paragraphs).toEqual(['The mayor resigned on Monday.', 'She gave no reason.']);
  });
});

const seedPath = sharedPath('seed', 'voa-kerry-lavrov.txt');

describe.skipIf(!existsSync(seedPath))('the seed article (../shared/seed)', () => {
  const source = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : '';
  const article = extractText(source);
  const chrome = ['Accessibility links', 'Breaking News', 'XS', 'SM', 'MD', 'LG'];

  it('finds the headline as the title', () => {
    expect(article.title).toMatch(/^Key US, Russian Officials/);
  });

  it('keeps no chrome line', () => {
    for (const line of chrome) expect(article.paragraphs).not.toContain(line);
    expect(article.paragraphs.join('\n')).not.toMatch(/^(?:XS|SM|MD|LG)$/m);
  });

  it('starts and ends with the right story paragraphs', () => {
    expect(article.paragraphs[0]).toMatch(/^U\.S\. Secretary of State/);
    expect(article.paragraphs.at(-1)).toMatch(/^Snowden fled/);
  });

  it('keeps every story paragraph: 12 of them', () => {
    expect(article.paragraphs).toHaveLength(12);
  });

  it('keeps each paragraph exactly as in the source (whitespace aside)', () => {
    const sourceLines = new Set(source.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()));
    for (const p of article.paragraphs) expect(sourceLines.has(p)).toBe(true);
  });
});

const quotesDir = sharedPath('data', 'quotes-dev', 'articles');
const summaryFile = sharedPath('data', 'bbc-news-summary', 'bbc-news-summary.jsonl');

describe.skipIf(!existsSync(quotesDir) || !existsSync(summaryFile))(
  'chrome-free news text (../shared/data): nothing is dropped',
  () => {
    /** The paragraphs a plain-text article really has: blank-line blocks, whitespace normalised. */
    const blocksOf = (text: string) =>
      text
        .split(/\n\s*\n/)
        .map((b) => b.replace(/\s+/g, ' ').trim())
        .filter(Boolean);

    it('keeps the headline and every paragraph of the quotes-dev articles', () => {
      const files = existsSync(quotesDir) ? readdirSync(quotesDir).filter((f) => f.endsWith('.txt')) : [];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const text = readFileSync(resolve(quotesDir, file), 'utf8');
        const [headline, ...paragraphs] = blocksOf(text);
        const article = extractText(text);
        expect({ file, title: article.title, paragraphs: article.paragraphs }).toEqual({
          file,
          title: headline,
          paragraphs,
        });
      }
    });

    it('keeps every paragraph of the 2,225 BBC summary-set articles', () => {
      const changed: string[] = [];
      const lines = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').split('\n').filter(Boolean) : [];
      for (const line of lines) {
        const record = JSON.parse(line) as { id: string; text: string };
        const article = extractText(record.text);
        const kept = [...(article.title === undefined ? [] : [article.title]), ...article.paragraphs];
        if (JSON.stringify(kept) !== JSON.stringify(blocksOf(record.text))) changed.push(record.id);
      }
      expect(lines.length).toBeGreaterThan(2000);
      expect(changed).toEqual([]);
    });
  },
);
