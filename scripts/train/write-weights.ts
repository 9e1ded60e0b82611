import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a fitted model as JSON in the tree's format (Biome's), so `npm run lint` passes on a fresh
 * fit without a separate formatting step.
 */
export function writeWeights(outFile: string, model: unknown): void {
  writeFileSync(outFile, `${JSON.stringify(model, null, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', outFile], { cwd: dirname(outFile), stdio: 'ignore' });
}
