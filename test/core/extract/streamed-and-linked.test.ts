import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../lambdas/core/extract/html';
import { revealStreamedSegments } from '../../../lambdas/core/extract/streamed-html';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(resolve(repoRoot, 'test/fixtures/extract/html', name), 'utf8');

describe('Function: revealStreamedSegments', () => {
  it('moves a hidden streamed segment into its placeholder and unhides it', () => {
    const { document } = parseHTML(
      '<html><body><main><template id="B:0"></template></main><div hidden id="S:0"><p>Late part.</p></div></body></html>',
    );
    expect(revealStreamedSegments(document.body as unknown as Element)).toBe(1);
    const segment = document.getElementById('S:0')!;
    expect(segment.hasAttribute('hidden')).toBe(false);
    expect(segment.parentElement!.tagName).toBe('MAIN');
    expect(document.getElementById('B:0')).toBeNull();
  });

  it('leaves other hidden elements hidden', () => {
    const { document } = parseHTML(
      '<html><body><div hidden id="S:x"><p>a</p></div><div hidden id="menu"><p>b</p></div></body></html>',
    );
    expect(revealStreamedSegments(document.body as unknown as Element)).toBe(0);
    expect(document.getElementById('menu')!.hasAttribute('hidden')).toBe(true);
  });
});

describe('Function: extractHtml, pages whose structure hides or links the story', () => {
  it('reads the story of a streamed server-rendered page, which arrives hidden at the end of the body', () => {
    const article = extractHtml(fixture('streamed-ssr.html'));
    expect(article.paragraphs.map((p) => p.slice(0, 30))).toEqual([
      'The harbour light at Tallow Po',
      'Restoration began when a retir',
      'The volunteers raised the rest',
      'On the night it was first reli',
    ]);
  });

  describe('a listicle whose item names are links', () => {
    const article = extractHtml(fixture('linked-listicle.html'));
    const body = article.paragraphs.join('\n');

    it('keeps linked list items and linked headings that have story text after them', () => {
      expect(article.paragraphs.filter((p) => p === 'Chain wear checker')).toHaveLength(2);
      expect(body).toContain('Cable and housing cutters\nOrdinary pliers crush the housing');
    });

    it('still drops the linked teasers after the last paragraph of the story', () => {
      expect(body).not.toMatch(
        /Truing a wheel|Bleeding hydraulic|ready for winter|commuting upgrades|You may also like/,
      );
      expect(article.paragraphs.at(-1)).toMatch(/^Ordinary pliers crush the housing/);
    });
  });
});
