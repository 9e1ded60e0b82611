/**
 * The Lambda functions as `cdk synth` ships them: synthesize the NewsBot app
 * offline (with cdk.json's context, assets bundled by the local esbuild) into a
 * folder, and read each function's asset folder and environment variables
 * from the synthesized template. bench:bundle loads these files, not a bundle
 * it built itself, so what it times is what a deploy uploads and how Lambda
 * starts it (NODE_OPTIONS included).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildApp } from '../../cdk/app';
import { HANDLERS, PROJECT_ROOT, type HandlerName } from '../../cdk/constructs/bot-function';

export interface DeployedFunction {
  name: HandlerName;
  /** The asset's entry file (index.mjs), as uploaded. */
  file: string;
  /** Bytes of index.mjs, what every cold start reads (source maps not counted). */
  entryBytes: number;
  /** Bytes of index.mjs and every chunk its import()s may load (source maps not counted). */
  bytes: number;
  /**
   * The function's Environment.Variables from the template. Values CloudFormation
   * fills at deploy time (a Ref to the table, the secret's ARN) become readable
   * stand-ins (`<Ref:Table…>`), so the handler reads strings as it would in AWS.
   */
  env: Record<string, string>;
  memorySize: number;
}

interface TemplateFunction {
  Type: string;
  Metadata?: Record<string, unknown>;
  Properties: { Environment?: { Variables?: Record<string, unknown> }; MemorySize?: number; Runtime?: string };
}

/** A CloudFormation intrinsic (`{ Ref }`, `{ Fn::GetAtt }`…) as a string the handler can read. */
function standIn(value: unknown): string {
  if (typeof value === 'string') return value;
  const [fn, arg] = Object.entries(value as Record<string, unknown>)[0] ?? ['?', ''];
  return `<${fn}:${JSON.stringify(arg).replace(/\W+/g, '')}>`;
}

/** Bytes of the .mjs files under `dir` (an asset: the entry and its chunks). */
export function codeBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mjs'))
    .reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

/** Synthesizes the app into `outdir` and returns its functions as the template describes them. */
export function synthesizeFunctions(outdir: string): DeployedFunction[] {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  // Asset metadata (each function's asset folder in the template) is on by default only under the CDK CLI.
  const app = new App({ outdir, context: { ...cdkJson.context, 'aws:cdk:enable-asset-metadata': true } });
  const { bot } = buildApp(app);
  const assembly = app.synth();
  const stack = assembly.getStackByName(bot.stackName);
  const resources = Object.values((stack.template as { Resources: Record<string, TemplateFunction> }).Resources);
  return HANDLERS.map((name) => {
    const resource = resources.find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.Environment?.Variables?.SERVICE === `newsbot-${name}`,
    );
    const assetPath = resource?.Metadata?.['aws:asset:path'];
    if (!resource || typeof assetPath !== 'string')
      throw new Error(`no synthesized function with SERVICE=newsbot-${name}`);
    const file = path.join(assembly.directory, assetPath, 'index.mjs');
    const variables = resource.Properties.Environment?.Variables ?? {};
    return {
      name,
      file,
      entryBytes: fs.statSync(file).size,
      bytes: codeBytes(path.dirname(file)),
      env: Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, standIn(value)])),
      memorySize: resource.Properties.MemorySize ?? 128,
    };
  });
}

/**
 * What the Lambda runtime itself puts in a function's environment, next to the
 * template's variables (the subset a handler or the SDK might read at import).
 * Credentials are dummies: nothing is called at import.
 */
export function lambdaRuntimeEnv(fn: DeployedFunction): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: `newsbot-${fn.name}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    LAMBDA_TASK_ROOT: path.dirname(fn.file),
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SESSION_TOKEN: 'bench',
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
  };
}
