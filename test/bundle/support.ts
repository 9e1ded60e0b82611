import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import { toEsbuildOptions } from '../../cdk/constructs/bundling-options';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../helpers/slack-request';

export interface BuiltBundle<M> {
  module: M;
  metafile: Metafile;
  code: string;
  remove(): void;
}

/**
 * Bundle `entry` (a path from the project root) with the functions' own
 * esbuild options into a temporary folder with no node_modules beside it (a
 * bundle must carry everything it loads, the AWS SDK included), point the
 * handler's environment at the suite's DynamoDB table and loopback Slack, and
 * import it, as a Lambda cold start does.
 */
export async function loadBundle<M>(
  entry: string,
  env: { tableName: string; endpoint: string; slackApiUrl: string; extra?: Record<string, string> },
): Promise<BuiltBundle<M>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bundle-'));
  const outfile = path.join(dir, 'index.mjs');
  const { metafile } = await build({
    ...toEsbuildOptions(path.join(PROJECT_ROOT, entry), outfile),
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
    sourcemap: false,
    logLevel: 'error',
  });
  Object.assign(process.env, {
    TABLE_NAME: env.tableName,
    DYNAMODB_ENDPOINT: env.endpoint,
    SLACK_API_URL: env.slackApiUrl,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    LOG_LEVEL: 'silent',
    ...env.extra,
  });
  return {
    module: (await import(pathToFileURL(outfile).href)) as M,
    metafile,
    // The entry and its chunks (the code behind import()).
    code: fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
      .join('\n'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The inputs a bundle evaluates while it loads: reached from `entry` through
 * static imports and requires, not through `import()` (esbuild keeps those
 * modules in the file but runs them only when the import() runs).
 */
export function loadedAtImport(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const imported of metafile.inputs[queue.shift()!]?.imports ?? []) {
      if (imported.kind === 'dynamic-import' || imported.external || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return seen;
}
