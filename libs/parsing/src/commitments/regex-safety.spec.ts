import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import safeRegex from 'safe-regex2';
import ts from 'typescript';

// The commitment extractor works on characters and tokens in loops; the few regular expressions it has must be
// free of nested quantifiers (safe-regex2), found with the TypeScript parser so that a regex added later is checked.

const DIR = path.dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

function regexes(file: string): { literals: string[]; constructed: number } {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const literals: string[] = [];
  let constructed = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      literals.push(text.slice(1, text.lastIndexOf('/')));
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') constructed++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, constructed };
}

const FILES = sources(DIR);
const FOUND = FILES.map(regexes);

describe('regular expressions of the commitment extractor', () => {
  it('finds the sources', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  it('builds no regex at run time', () => {
    expect(FOUND.reduce((n, f) => n + f.constructed, 0)).toBe(0);
  });

  it.each(FOUND.flatMap((f) => f.literals).map((l) => [l]))('/%s/ is safe', (literal) => {
    expect(safeRegex(literal)).toBe(true);
  });
});
