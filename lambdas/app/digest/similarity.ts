/**
 * Near-duplicate detection for news stories: TF-IDF cosine over the title
 * (counted twice: it names the event) and the lead. Different outlets word the
 * same event differently but keep its specifics (names, places, numbers);
 * stories on the same topic share topic words but not those specifics, and
 * IDF over the batch weighs the topic words down as they recur.
 * Pure; small enough for a few hundred articles per digest (pairs are O(n²)).
 */

/** Function words that say nothing about which event a story reports. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his in into is it its of on or our over says said ' +
    'she than that the their them then there these they this to was were what when where which while who will with ' +
    'after about up out new more its just also could would may might can not no yet so than us we you your after ' +
    'amid over under says say told report reports reported update updates live latest ' +
    // When a story happened is shared by every story of that day: not a sign of the same event.
    'monday tuesday wednesday thursday friday saturday sunday today yesterday morning evening night week'
  ).split(' '),
);

/** Crude English suffix folding: enough for "rates/rate", "raises/raised/raising → rais". */
function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !word.endsWith('ss'))
      return word.slice(0, -suffix.length);
  }
  return word;
}

/** Words of a text: lower-cased, accents folded, numbers kept whole ("7.1", "4.5%" → "4.5"). */
export function terms(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .split(/[^a-z0-9.]+|(?<!\d)\.|\.(?!\d)/)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word))
    .map(stem);
}

export interface StoryText {
  title: string;
  lead: string;
}

export type Vector = Map<string, number>;

/** TF-IDF vectors (unit length) for a batch of stories; IDF is computed over the batch itself. */
export function tfidfVectors(stories: readonly StoryText[]): Vector[] {
  const counts = stories.map(({ title, lead }) => {
    const tf = new Map<string, number>();
    for (const term of terms(title)) tf.set(term, (tf.get(term) ?? 0) + 2);
    for (const term of terms(lead)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = stories.length;
  return counts.map((tf) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of tf) {
      // Sub-linear TF so one repeated word cannot dominate; smoothed IDF stays positive.
      const weight = (1 + Math.log(count)) * (Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** The numbers a story states ("7.1", "4.5", "60m" → "60m" stays a term; "899"). */
export function numbersOf(story: StoryText): Set<string> {
  return new Set(terms(`${story.title} ${story.lead}`).filter((term) => /^\d/.test(term)));
}

/**
 * Two stories that both state numbers and share none (a 7.1 quake and a 6.2
 * quake, a rate of 4.5% and one of 3.75%) are different events however alike
 * their words: the similarity is halved.
 */
export const NUMBER_CONFLICT_FACTOR = 0.5;

export function storySimilarity(a: Vector, b: Vector, numbersA: Set<string>, numbersB: Set<string>): number {
  const similarity = cosine(a, b);
  if (numbersA.size === 0 || numbersB.size === 0) return similarity;
  for (const number of numbersA) if (numbersB.has(number)) return similarity;
  return similarity * NUMBER_CONFLICT_FACTOR;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}
