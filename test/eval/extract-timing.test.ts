import { describe, expect, it } from 'vitest';
import { bestTimes, type Extractor, pageOrder } from '../../scripts/eval/extract-timing';

/** Two extractors that record the order of their runs; each run "takes" the time `cost` says on a clock of our own. */
function recorded(cost: (tool: number, page: number, run: number) => number) {
  const log: string[] = [];
  let now = 0;
  const runs = new Map<string, number>();
  const extractors: Extractor[] = [0, 1].map((tool) => ({
    run: (html: string, page: number) => {
      const key = `${tool}:${page}`;
      const run = runs.get(key) ?? 0;
      runs.set(key, run + 1);
      log.push(`${tool === 0 ? 'ours' : 'plain'} ${html}`);
      now += cost(tool, page, run);
    },
  }));
  return { log, extractors, clock: () => now };
}

describe('bestTimes', () => {
  it('spread: each round is one pass per extractor over every page, the first extractor alternating', () => {
    const { log, extractors, clock } = recorded(() => 1);
    bestTimes(2, 2, extractors, (page) => `p${page}`, 'spread', clock);
    const second = pageOrder(2, 1).map((page) => `p${page}`);
    expect(log).toEqual([
      'ours p0',
      'ours p1',
      'plain p0',
      'plain p1',
      ...second.map((p) => `plain ${p}`),
      ...second.map((p) => `ours ${p}`),
    ]);
  });

  it('spread: visits every page once a round, in the listed order first and in other orders after', () => {
    expect(pageOrder(5, 0)).toEqual([0, 1, 2, 3, 4]);
    const later = [1, 2, 3, 4].map((round) => pageOrder(40, round));
    for (const order of later) expect([...order].sort((a, b) => a - b)).toEqual(pageOrder(40, 0));
    // Each later round has its own order: no page follows the same page in all of them.
    expect(new Set(later.map((order) => order.join(','))).size).toBe(4);
    const follows = (order: number[], page: number) => order[order.indexOf(page) - 1];
    expect(new Set(later.map((order) => follows(order, 20))).size).toBeGreaterThan(1);
    expect(pageOrder(40, 3)).toEqual(pageOrder(40, 3));
  });

  it('per-page: every run of a page back to back, the extractors interleaved', () => {
    const { log, extractors, clock } = recorded(() => 1);
    bestTimes(2, 2, extractors, (page) => `p${page}`, 'per-page', clock);
    expect(log).toEqual(['ours p0', 'plain p0', 'plain p0', 'ours p0', 'ours p1', 'plain p1', 'plain p1', 'ours p1']);
  });

  it.each(['spread', 'per-page'] as const)('%s: keeps the best run of each page for each extractor', (schedule) => {
    // Ours: page 0 takes 5, 3, 4; page 1 takes 9, 8, 7. Plain: page + 10 on the first run, page + 1 after.
    const ours = [
      [5, 3, 4],
      [9, 8, 7],
    ];
    const { extractors, clock } = recorded((tool, page, run) =>
      tool === 0 ? ours[page]![run]! : run === 0 ? page + 10 : page + 1,
    );
    expect(bestTimes(2, 3, extractors, (page) => `p${page}`, schedule, clock)).toEqual([
      [3, 7],
      [1, 2],
    ]);
  });
});
