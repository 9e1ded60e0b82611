import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type NewsBotStacks } from '../../cdk/app';
import { PROJECT_ROOT } from '../../cdk/constructs/bot-function';

/** The context of the repository's cdk.json, so tests synthesize what `cdk synth` does. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

export interface SynthesizedNewsBot extends NewsBotStacks {
  readonly app: App;
  readonly outdir: string;
  /** Removes the cloud assembly folder. */
  cleanup(): void;
}

/**
 * The NewsBot app as `cdk.json` builds it, in its own temporary outdir.
 * Bundling is skipped unless `bundle` is set (it costs seconds per function).
 */
export function newsBotApp(options: { context?: Record<string, unknown>; bundle?: boolean } = {}): SynthesizedNewsBot {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-cdk-test-'));
  const app = new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
  });
  const cleanup = () => fs.rmSync(outdir, { recursive: true, force: true });
  try {
    return { app, outdir, ...buildApp(app), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export function tempOutdir(): { outdir: string; cleanup(): void } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-cdk-test-'));
  return { outdir, cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}

type Json = unknown;

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: Json;
  Condition?: Json;
}

/** Every statement of every identity policy attached to the role with this logical id. */
export function roleStatements(template: Template, roleLogicalId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((policy) =>
      (policy.Properties.Roles as Json[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleLogicalId }),
      ),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

export function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}
