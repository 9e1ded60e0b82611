import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Stack traces that name our .ts files and lines, at no cost until an error.
 *
 * `NODE_OPTIONS=--enable-source-maps` reads and decodes each bundle's whole
 * source map while the bundle loads, on every cold start (a quarter of the
 * Slack handler's load time, errors or not). Instead, each handler calls
 * {@link installSourceMappedStacks}: the first time an error's `stack` is read
 * (a log line, the Lambda runtime reporting a failure), the frames in a
 * bundle file are mapped through the `.map` file beside it, read then and
 * kept for later errors. docs/deploy.md says how to map a stack by hand.
 *
 * Installed only when the running file has a `.map` beside it (the bundles):
 * `npm start`, the CLI and the tests run the .ts files, whose stacks are
 * mapped by tsx or vitest already. Skipped too when Node maps stacks itself
 * (someone set --enable-source-maps again).
 */
export function installSourceMappedStacks(moduleUrl: string): boolean {
  if (!moduleUrl.startsWith('file:') || process.sourceMapsEnabled) return false;
  if (!existsSync(`${fileURLToPath(moduleUrl)}.map`)) return false;
  Error.prepareStackTrace = formatStack;
  return true;
}

/** Maps by bundle file; null when a file has no readable map (frames stay as V8 prints them). */
const maps = new Map<string, SourceMap | null>();

function mapOf(fileName: string): SourceMap | null {
  if (!maps.has(fileName)) {
    try {
      const file = fileName.startsWith('file:') ? fileURLToPath(fileName) : fileName;
      maps.set(fileName, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(fileName, null);
    }
  }
  return maps.get(fileName)!;
}

/**
 * A source as the map names it, relative to the repository: the build
 * folder's `../../` prefix (machine-specific) is dropped.
 */
export function repositoryPath(source: string): string {
  const cut = /(?:^|\/)((?:lambdas|node_modules|cdk|scripts)\/.*)$/.exec(source);
  return cut ? cut[1]! : source.replace(/^(?:\.\.\/)+/, '');
}

function formatFrame(site: NodeJS.CallSite): string {
  const fileName = site.getFileName();
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (!fileName || line === null || column === null || !/\.m?js$/.test(fileName)) return site.toString();
  const entry = mapOf(fileName)?.findEntry(line - 1, column - 1);
  if (!entry || !('originalSource' in entry) || !entry.originalSource) return site.toString();
  const where = `${repositoryPath(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  const name = site.getFunctionName();
  return `${site.isAsync() ? 'async ' : ''}${name ? `${name} (${where})` : where}`;
}

/** V8's stack layout ("Error: message" then "    at …" lines), with bundle frames mapped. */
function formatStack(error: Error, sites: NodeJS.CallSite[]): string {
  let head: string;
  try {
    head = Error.prototype.toString.call(error);
  } catch {
    head = 'Error';
  }
  const frames = sites.map((site) => {
    try {
      return `    at ${formatFrame(site)}`;
    } catch {
      return `    at ${String(site)}`;
    }
  });
  return [head, ...frames].join('\n');
}
