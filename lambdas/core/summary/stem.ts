/**
 * A light English stemmer for matching words inside one article: it folds
 * plurals and the common verb endings ("talks", "talked", "talking" → "talk")
 * and nothing more. Aggressive stemming (Porter) buys little for overlap
 * between sentences of one story and costs time on every word; the
 * evaluation keeps the real Porter stemmer for ROUGE.
 */
export function lightStem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) word = word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ing')) word = undouble(word.slice(0, -3));
  else if (word.length > 4 && word.endsWith('ed')) word = undouble(word.slice(0, -2));
  // A final "e" comes and goes with the ending ("create", "created",
  // "creating"): drop it so all three meet.
  return word.length > 4 && word.endsWith('e') ? word.slice(0, -1) : word;
}

/** "stopp" → "stop", "plann" → "plan": the doubled consonant that "-ing"/"-ed" adds. */
function undouble(stem: string): string {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[aeiouls]/.test(stem[n - 1]!)) return stem.slice(0, -1);
  return stem;
}
