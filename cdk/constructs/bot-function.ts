import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { LogLevel } from '../config';
import { toEsbuildOptions } from './bundling-options';

/** Repository root: entries and the lock file are resolved from here, not from the shell's cwd. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Lambda entry points, one short file each under lambdas/handlers/. */
export const HANDLERS = ['slack', 'worker', 'feeds', 'digest'] as const;
export type HandlerName = (typeof HANDLERS)[number];

export function handlerEntry(name: HandlerName): string {
  return path.join(PROJECT_ROOT, 'lambdas', 'handlers', `${name}.ts`);
}

export interface BotFunctionProps {
  /** Which file of lambdas/handlers/ this function runs (names the role and the SERVICE variable too). */
  readonly handler: HandlerName;
  /** Another entry file under the repository root (tests); defaults to lambdas/handlers/<handler>.ts. */
  readonly entry?: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Reserved concurrency: set aside for this function and the most it runs at once. */
  readonly reservedConcurrency?: number;
  readonly stage: string;
  /** X-Ray active tracing (CDK context `tracing`). */
  readonly tracing?: boolean;
  readonly logLevel: LogLevel;
  readonly logRetention: RetentionDays;
  /** Variables the handler reads, on top of the common ones (STAGE, LOG_LEVEL, SERVICE). */
  readonly environment?: Record<string, string>;
}

const APPLICATION_LOG_LEVEL: Record<LogLevel, ApplicationLogLevel> = {
  debug: ApplicationLogLevel.DEBUG,
  info: ApplicationLogLevel.INFO,
  warn: ApplicationLogLevel.WARN,
  error: ApplicationLogLevel.ERROR,
};

/**
 * The function's asset: `entry` bundled by the local esbuild with the shared
 * options (cdk/constructs/bundling-options.ts: minified ESM, source maps, the
 * AWS SDK inside, code splitting) into index.mjs plus the chunks its import()s
 * load, hashed by that output. Nothing is built in Docker: esbuild is a
 * devDependency, so local bundling always runs; the image is never pulled.
 */
function bundledCode(entry: string): Code {
  return Code.fromAsset(PROJECT_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      // Part of CDK's bundling cache key (the tryBundle function is not): without it, every function would get the first one's asset.
      environment: { NEWSBOT_ENTRY: path.relative(PROJECT_ROOT, entry) },
      local: {
        tryBundle(outputDir) {
          buildSync({
            ...toEsbuildOptions(entry, path.join(outputDir, 'index.mjs')),
            absWorkingDir: PROJECT_ROOT,
            logLevel: 'error',
          });
          return true;
        },
      },
    },
  });
}

/**
 * A NewsBot Lambda with the house defaults: Node 22 on arm64, an ESM bundle
 * built by the local esbuild from the shared BUNDLING options (minified,
 * source maps, AWS SDK bundled), its own log group with a retention, the
 * JSON log format (console output and the platform's START/REPORT lines become
 * JSON objects carrying the request id; lines the app writes as JSON itself
 * pass through as they are), and its own
 * role that may only write to that log group; callers add the data
 * permissions statement by statement with {@link BotFunction.allow}.
 */
export class BotFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly role: iam.Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: BotFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole: that managed policy
    // lets the function create any log group and write to all of them.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `NewsBot ${props.stage} ${props.handler} function`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteOwnLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.fn = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry ?? handlerEntry(props.handler)),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      ...(props.tracing ? { tracing: Tracing.ACTIVE } : {}),
      applicationLogLevelV2: APPLICATION_LOG_LEVEL[props.logLevel],
      // INFO keeps the platform's START/REPORT lines: duration, memory, init (cold start) time, per request id.
      systemLogLevelV2: SystemLogLevel.INFO,
      // No NODE_OPTIONS=--enable-source-maps: it decodes the whole source map at every cold start. Each handler
      // maps its stacks itself, on the first error (lambdas/bundle/source-mapped-stacks.ts).
      environment: {
        STAGE: props.stage,
        LOG_LEVEL: props.logLevel,
        SERVICE: `newsbot-${props.handler}`,
        ...props.environment,
      },
    });
    if (props.tracing) {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray tracing (-c tracing=true): CDK grants xray:PutTraceSegments and xray:PutTelemetryRecords, which X-Ray does not scope to resources (its API takes no ARN); the role can send traces, nothing else on "*".',
      });
    }
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to Node.js 22 (LTS, supported on Lambda until 2027) on purpose: the bundles target node22 and the test suite runs on the Node 20/22 line; moving to Node 24 is a deliberate upgrade, not a side effect of a CDK release.',
    });
  }

  /** Adds one statement to this function's role. */
  allow(statement: iam.PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }
}
