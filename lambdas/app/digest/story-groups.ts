import { numbersOf, storySimilarity, tfidfVectors } from './similarity';

/**
 * Articles from different feeds about the same event become one story.
 * Single-link clustering (union-find) over pairs whose cosine similarity
 * passes the threshold and whose dates are close; then each story gets its
 * best article (the one whose summary reads best) and a rank that favours
 * fresh stories carried by many sources.
 */

export interface GroupableArticle {
  id: string;
  title: string;
  /** The article's opening: its TL;DR or first summary sentence. */
  lead: string;
  /** Where it came from (site or feed); distinct sources are counted per story. */
  source: string;
  /** Epoch milliseconds: published, else ingested. */
  time: number;
  /** How good its summary is for a digest (higher is better); see `summaryQuality`. */
  quality: number;
}

export interface Story<T extends GroupableArticle> {
  /** The article whose title, summary and quote represent the story. */
  best: T;
  /** Every article of the story, best first. */
  articles: T[];
  /** Distinct sources carrying it. */
  sources: string[];
  /** Newest article time, epoch ms. */
  latest: number;
  score: number;
}

export interface GroupOptions {
  /** Cosine similarity at or above which two articles report the same event. */
  threshold?: number;
  /** Articles further apart than this are different events even when worded alike (a yearly event, a follow-up). */
  maxApartMs?: number;
  /** "Now", for freshness. */
  now: number;
}

/**
 * Calibrated on the pairs in test/digest/story-pairs.ts. Scored as a pair
 * alone, same-event pairs score ≥ 0.32 and same-topic pairs ≤ 0.21; scored
 * inside the whole batch (IDF over 19 stories), ≥ 0.41 and ≤ 0.30. The
 * margins are thin on both sides, so the threshold sits where both hold.
 */
export const DEFAULT_THRESHOLD = 0.31;
const DEFAULT_MAX_APART_MS = 48 * 3600_000;

/** One extra source is worth this much freshness in the ranking. */
const SOURCE_WORTH_HOURS = 24;

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

export function groupStories<T extends GroupableArticle>(articles: readonly T[], options: GroupOptions): Story<T>[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxApart = options.maxApartMs ?? DEFAULT_MAX_APART_MS;
  const vectors = tfidfVectors(articles);
  const numbers = articles.map(numbersOf);
  const parent = articles.map((_, i) => i);
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      if (Math.abs(articles[i]!.time - articles[j]!.time) > maxApart) continue;
      if (storySimilarity(vectors[i]!, vectors[j]!, numbers[i]!, numbers[j]!) >= threshold)
        parent[find(parent, i)] = find(parent, j);
    }
  }
  const groups = new Map<number, T[]>();
  articles.forEach((article, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), article]);
  });

  const stories = [...groups.values()].map((members) => {
    const ranked = [...members].sort((a, b) => b.quality - a.quality || b.time - a.time || a.id.localeCompare(b.id));
    const sources = [...new Set(members.map((m) => m.source))];
    const latest = Math.max(...members.map((m) => m.time));
    const ageHours = Math.max(0, (options.now - latest) / 3600_000);
    return {
      best: ranked[0]!,
      articles: ranked,
      sources,
      latest,
      score: sources.length - ageHours / SOURCE_WORTH_HOURS,
    };
  });
  return stories.sort((a, b) => b.score - a.score || b.latest - a.latest || a.best.id.localeCompare(b.best.id));
}
