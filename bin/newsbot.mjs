#!/usr/bin/env node
// `npx newsbot …`: runs the TypeScript CLI (lambdas/cli/main.ts) in this same
// process through tsx's ESM loader, so stdin/stdout pipe straight through.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../lambdas/cli/main.ts', import.meta.url).href);

process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error; // `| head` closed the pipe: not an error
});
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
