import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import safeRegex from 'safe-regex2';
import ts from 'typescript';

// Every regular expression in this library (literals and `new RegExp(…)`) must be free of nested quantifiers,
// so no input can make it backtrack exponentially. Found with the TypeScript parser, not by eye, so a regex
// added later is checked too. The commitment extractor (commitments/) is another component with its own checks.

const SRC = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'commitments' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

interface Found {
  file: string;
  source: string;
}

function regexesIn(file: string): { literals: Found[]; constructed: string[] } {
  const sourceFile = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const literals: Found[] = [];
  const constructed: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sourceFile);
      literals.push({ file: path.relative(SRC, file), source: text.slice(1, text.lastIndexOf('/')) });
    }
    if (ts.isNewExpression(node) && node.expression.getText(sourceFile) === 'RegExp') constructed.push(path.relative(SRC, file));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { literals, constructed };
}

const FILES = sourceFiles(SRC);
const FOUND = FILES.map(regexesIn);
const LITERALS = FOUND.flatMap((f) => f.literals);

describe('regular expressions of libs/parsing', () => {
  it('finds the library sources and their regexes', () => {
    expect(FILES.length).toBeGreaterThan(20);
    expect(LITERALS.length).toBeGreaterThan(10);
  });

  it('uses a checker that does reject nested quantifiers', () => {
    expect(safeRegex('(a+)+$')).toBe(false);
    expect(safeRegex('^(\\w+\\s?)*$')).toBe(false);
  });

  it('builds no regex at run time (every one is a literal checked below)', () => {
    expect(FOUND.flatMap((f) => f.constructed)).toEqual([]);
  });

  it.each(LITERALS.map((l) => [l.file, l.source]))('%s: /%s/ is safe (safe-regex2: star height ≤ 1)', (_file, source) => {
    expect(safeRegex(source)).toBe(true);
  });
});
