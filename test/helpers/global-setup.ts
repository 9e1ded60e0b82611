import type { TestProject } from 'vitest/node';
import { startDynalite, type LocalDynamo } from '../../lambdas/local/dynamodb';

let dynamo: LocalDynamo | undefined;

/**
 * One dynalite server for the whole run, on a random loopback port. Each test
 * file creates its own uniquely named table (see `test/helpers/table.ts`), so
 * files run in parallel without sharing data.
 */
export async function setup(project: TestProject): Promise<void> {
  dynamo = await startDynalite();
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown(): Promise<void> {
  await dynamo?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
