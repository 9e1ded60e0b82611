import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every read in production code is a Get or a Query: a Scan's cost grows with the table, not the answer. */
const ROOT = join(import.meta.dirname, '..', '..', 'lambdas');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('lambdas/', () => {
  it('never scans the table', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files
      .filter((file) =>
        /\bScanCommand\b|\bParallelScan|\bScan\s*\(|\.scan\s*\(|paginateScan/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
