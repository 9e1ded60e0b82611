import { describe, expect, it } from 'vitest';
import { groupStories, type GroupableArticle } from '../../lambdas/app/digest/story-groups';
import { DIFFERENT_EVENTS, SAME_EVENT, type PairStory } from './story-pairs';

const NOW = Date.parse('2026-03-30T08:00:00Z');
const HOUR = 3600_000;

let serial = 0;
function article(story: PairStory, overrides: Partial<GroupableArticle> = {}): GroupableArticle {
  serial += 1;
  return {
    id: `a${serial}`,
    title: story.title,
    lead: story.lead,
    source: `site${serial}.example`,
    time: NOW - HOUR,
    quality: 1,
    ...overrides,
  };
}

describe('Function: groupStories', () => {
  it.each(SAME_EVENT)('groups %s reported in different words', (_name, a, b) => {
    const stories = groupStories([article(a), article(b)], { now: NOW });
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources).toHaveLength(2);
  });

  it.each(DIFFERENT_EVENTS)('keeps %s apart (same topic, different events)', (_name, a, b) => {
    expect(groupStories([article(a), article(b)], { now: NOW })).toHaveLength(2);
  });

  it('finds exactly the same-event pairs in one mixed batch', () => {
    const pairs = SAME_EVENT.map(([, a, b]) => [article(a), article(b)] as const);
    const others = DIFFERENT_EVENTS.map(([, , b]) => article(b));
    const stories = groupStories([...pairs.flat(), ...others], { now: NOW });
    const grouped = stories
      .map((s) =>
        s.articles
          .map((a) => a.id)
          .sort()
          .join('+'),
      )
      .sort();
    const expected = [...pairs.map(([a, b]) => [a.id, b.id].sort().join('+')), ...others.map((o) => o.id)].sort();
    expect(grouped).toEqual(expected);
  });

  it('keeps alike stories apart when they are days apart (a follow-up, a yearly event)', () => {
    const [, a, b] = SAME_EVENT[3]!;
    expect(groupStories([article(a, { time: NOW - 80 * HOUR }), article(b)], { now: NOW })).toHaveLength(2);
  });

  it('picks the article with the best summary to represent the story, and counts distinct sources', () => {
    const [, a, b] = SAME_EVENT[0]!;
    const weak = article(a, { quality: 0.2, source: 'wire.example' });
    const strong = article(b, { quality: 0.9, source: 'paper.example' });
    const again = article(a, { quality: 0.5, source: 'wire.example' }); // the same outlet twice counts once
    const [story] = groupStories([weak, strong, again], { now: NOW });
    expect(story?.best.id).toBe(strong.id);
    expect(story?.articles.map((x) => x.id)).toEqual([strong.id, again.id, weak.id]);
    expect(story?.sources.sort()).toEqual(['paper.example', 'wire.example']);
  });

  it('ranks by number of sources and freshness: three sources beat one, fresher beats older', () => {
    const [, q1, q2] = SAME_EVENT[0]!;
    const quake = [article(q1), article(q2), article(q1, { source: 'third.example' })].map((x) => ({
      ...x,
      time: NOW - 10 * HOUR,
    }));
    const freshSingle = article(DIFFERENT_EVENTS[1]![2], { time: NOW - HOUR });
    const oldSingle = article(DIFFERENT_EVENTS[2]![2], { time: NOW - 20 * HOUR });
    const stories = groupStories([oldSingle, freshSingle, ...quake], { now: NOW });
    expect(stories.map((s) => [s.best.title.slice(0, 20), s.sources.length])).toEqual([
      [q1.title.slice(0, 20), 3],
      [freshSingle.title.slice(0, 20), 1],
      [oldSingle.title.slice(0, 20), 1],
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(groupStories([], { now: NOW })).toEqual([]);
  });
});
