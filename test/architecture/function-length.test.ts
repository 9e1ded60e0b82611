import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const MAX_LINES = 120;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A readable name for a function node: its own, its variable's or property's, else `<anonymous>`. */
function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name))) return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) &&
    ts.isIdentifier(parent.name)
  ) {
    return parent.name.text;
  }
  return '<anonymous>';
}

/** Every function, method, constructor, accessor and arrow in a file with its length in lines (first to last line). */
function functionLengths(
  file: string,
  text = fs.readFileSync(file, 'utf8'),
): { name: string; line: number; lines: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ name: nameOf(node), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe(`No function over ${MAX_LINES} lines in lambdas/ and cdk/`, () => {
  it('measures a function, a method and an arrow (the reader works)', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = `function long() {\n${body(130)}\n}\nclass K {\n  short() {\n    return 1;\n  }\n}\nconst arrow = () => {\n${body(3)}\n};\n`;
    const lengths = functionLengths('probe.ts', text);
    expect(lengths).toEqual([
      { name: 'long', line: 1, lines: 132 },
      { name: 'short', line: 134, lines: 3 },
      { name: 'arrow', line: 138, lines: 5 },
    ]);
  });

  it('finds none (no function is exempt)', () => {
    const files = [...sourceFiles(path.join(ROOT, 'lambdas')), ...sourceFiles(path.join(ROOT, 'cdk'))];
    const tooLong = files.flatMap((file) =>
      functionLengths(file)
        .filter((fn) => fn.lines > MAX_LINES)
        .map((fn) => `${path.relative(ROOT, file)}:${fn.name}`),
    );
    expect(tooLong, tooLong.map((where) => `${where} is over ${MAX_LINES} lines`).join('\n')).toEqual([]);
  });
});
