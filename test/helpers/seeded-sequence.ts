/**
 * A fixed pseudo-random sequence (a linear congruential generator) for tests that build many pages from
 * pieces: the same seed gives the same pages, so a failure names its page and reruns the same way.
 */
export function seededSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}
