import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lambdas/core/pipeline';
import { quoteFragments } from '../../../lambdas/core/summary/quoting';
import { sharedPath } from '../../../scripts/shared-data';

const seedDir = sharedPath('seed');

const hasSeed = existsSync(seedDir);

/** Read only when ../shared is there: vitest still runs a skipped describe's body to collect its tests. */
function load() {
  const record = analyze({ text: readFileSync(join(seedDir, 'voa-kerry-lavrov.txt'), 'utf8') });
  const picked = record.summary.sentences.map((s) => record.sentences.findIndex((r) => r.end === s.end));
  return { record, summary: record.summary, picked, fragments: quoteFragments(record.sentences) };
}

describe.skipIf(!hasSeed)('the seed article (VOA, Kerry and Lavrov) through analyze()', () => {
  const { record, summary, picked, fragments } = hasSeed ? load() : ({} as ReturnType<typeof load>);

  it('has three sentences, each pointing at its text in the body', () => {
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) expect(record.body.slice(s.start, s.end)).toBe(s.text);
    expect(picked).not.toContain(-1);
  });

  it('takes story sentences: no page chrome', () => {
    for (const s of summary.sentences) {
      expect(s.text).not.toMatch(/Breaking News|Accessibility links|^(?:XS|SM|MD|LG)$/);
      expect(s.text).toMatch(/[.!?]["”]?$/);
      expect(s.text.split(/\s+/).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('takes no sentence that is only a piece of a quotation', () => {
    for (const i of picked) expect(fragments[i]).toBe(false);
    for (const s of summary.sentences) expect(s.text).not.toMatch(/^["“]/);
  });

  it('takes its sentences from distinct paragraphs', () => {
    const paragraphs = picked.map((i) => record.sentences[i]!.paragraph);
    expect(new Set(paragraphs).size).toBe(3);
  });

  it('opens with the story lead: Kerry meeting Lavrov', () => {
    expect(summary.tldr).toContain('Kerry');
    expect(summary.tldr).toContain('Lavrov');
    expect(summary.sentences[0]!.text).toBe(summary.tldr);
  });

  it('keeps the title as headline', () => {
    expect(summary.headline).toBe(record.title);
    expect(summary.headline).toContain('Talks');
  });
});
