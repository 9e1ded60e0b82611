import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `../shared` (evaluation data, the seed article, design notes) sits
 * beside the repository. Evaluations, training scripts and the tests that
 * read it find it here; it is read at run time and never copied into the
 * repository, and what reads it skips when it is absent.
 */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

/** A path inside ../shared: `sharedPath('data', 'polnear-quotes')`. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
