import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LAMBDAS = path.resolve(__dirname, '../../lambdas');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** One import arrow: the module (a path under lambdas/ when relative) and whether only types cross it. */
interface ImportArrow {
  target: string;
  typeOnly: boolean;
}

/** `import type {…}`, `export type {…}`, or `import { type A, type B }`: erased at compile time. */
function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** Every module a file imports or re-exports (static and dynamic), resolved to a path under lambdas/ when relative. */
function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): ImportArrow[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const arrows: ImportArrow[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      arrows.push({ target: node.moduleSpecifier.text, typeOnly: isTypeOnly(node) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) arrows.push({ target: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return arrows.map(({ target, typeOnly }) => ({
    target: target.startsWith('.') ? path.relative(LAMBDAS, path.resolve(path.dirname(file), target)) : target,
    typeOnly,
  }));
}

/** Arrows that break the layering, as `file → target`, minus the listed exemptions. */
function violations(
  fromDir: string,
  forbidden: (arrow: ImportArrow) => boolean,
  exempt: readonly string[] = [],
): string[] {
  return sourceFiles(path.join(LAMBDAS, fromDir)).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map(({ target }) => `${path.relative(LAMBDAS, file)} → ${target}`)
      .filter((arrow) => !exempt.includes(arrow)),
  );
}

const under = (layer: string) => (target: string) => target === layer || target.startsWith(`${layer}/`);
const DYNAMODB = /^@aws-sdk\/(client-dynamodb|lib-dynamodb)$/;

describe('layers, read from the imports', () => {
  it('finds an import arrow where there is one, and tells type-only arrows from runtime ones (the reader works)', () => {
    const probe = path.join(LAMBDAS, 'app', 'probe.ts');
    const text = [
      "import type { X } from '../slack/poster';",
      "import { type Y, type Z } from '../store/index';",
      "import { w, type V } from '../store/terms';",
      "export { y } from '../slack/views/digest';",
      "const z = await import('../slack/escape');",
    ].join('\n');
    expect(importsOf(probe, text)).toEqual([
      { target: 'slack/poster', typeOnly: true },
      { target: 'store/index', typeOnly: true },
      { target: 'store/terms', typeOnly: false },
      { target: 'slack/views/digest', typeOnly: false },
      { target: 'slack/escape', typeOnly: false },
    ]);
  });

  it('no use case (lambdas/app) imports from lambdas/slack: app owns its ports, slack implements and renders them', () => {
    expect(violations('app', ({ target }) => under('slack')(target))).toEqual([]);
  });

  it('app imports no Lambda wiring, queue, local tooling, AWS or Slack SDK', () => {
    const outside = ({ target }: ImportArrow) =>
      ['handlers', 'queue', 'local', 'bundle', 'cli'].some((layer) => under(layer)(target)) ||
      target.startsWith('@aws-sdk/') ||
      target.startsWith('@slack/');
    expect(violations('app', outside)).toEqual([]);
  });

  it('app takes only types from store (the store contract it is handed), never store code that talks to DynamoDB', () => {
    // store/terms folds and stems words (no DynamoDB): the digest's feed filter must match
    // exactly as the search index does, so it shares the one implementation.
    const exempt = ['app/digest/feed-filter.ts → store/terms'];
    expect(violations('app', ({ target, typeOnly }) => under('store')(target) && !typeOnly, exempt)).toEqual([]);
  });

  it('core imports nothing from AWS, Slack or the other layers', () => {
    const outside = ({ target }: ImportArrow) =>
      target.startsWith('@aws-sdk/') ||
      target.startsWith('@slack/') ||
      /^(app|slack|store|handlers|queue|local|config|fetch)(\/|$)/.test(target);
    expect(violations('core', outside)).toEqual([]);
  });

  it('store imports nothing from slack, app or the handlers', () => {
    const outside = ({ target }: ImportArrow) =>
      ['slack', 'app', 'handlers'].some((layer) => under(layer)(target)) || target.startsWith('@slack/');
    expect(violations('store', outside)).toEqual([]);
  });

  it('only store/ talks to DynamoDB', () => {
    // local/dynamodb starts dynalite and creates the table for npm start and the tests (from store/table's definition).
    const exempt = ['local/dynamodb.ts → @aws-sdk/client-dynamodb'];
    const others = fs
      .readdirSync(LAMBDAS)
      .filter((dir) => dir !== 'store' && fs.statSync(path.join(LAMBDAS, dir)).isDirectory());
    expect(others.flatMap((dir) => violations(dir, ({ target }) => DYNAMODB.test(target), exempt))).toEqual([]);
  });

  it('errors are told apart by class and code, not by name strings or casts to { code }', () => {
    // store/db.ts: an AWS SDK exception from another copy of the SDK fails instanceof; its name is the SDK's contract.
    const exempt = ['store/db.ts'];
    const offending = fs
      .readdirSync(LAMBDAS)
      .flatMap((dir) => {
        const full = path.join(LAMBDAS, dir);
        return fs.statSync(full).isDirectory() ? sourceFiles(full) : [];
      })
      .filter((file) => {
        if (exempt.includes(path.relative(LAMBDAS, file))) return false;
        const text = fs.readFileSync(file, 'utf8');
        return /\.name\s*===\s*'[A-Za-z]*(Error|Exception)'/.test(text) || /as \{ code\?: /.test(text);
      });
    expect(offending.map((file) => path.relative(LAMBDAS, file))).toEqual([]);
  });
});
