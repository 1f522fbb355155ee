import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

// The alert rules are pure functions of (facts, asOf, policy): no Nest, no TypeORM, no queue, no clock. This spec is
// the boundary check STYLE.md asks for, for this folder: it fails when a rule file imports anything else.
const DIR = path.dirname(fileURLToPath(import.meta.url));
const ALLOWED = [/^\.\/[\w.-]+\.js$/, /^\.\.\/\.\.\/rules\/[\w.-]+\.js$/, /^\.\.\/\.\.\/policy\/[\w.-]+\.js$/];

describe('alert rules stay pure', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it.each(files)('%s imports only other rules, the answer-term rules and the policy type', (file) => {
    const source = fs.readFileSync(path.join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.filter((i) => !ALLOWED.some((re) => re.test(i)))).toEqual([]);
    expect(source).not.toMatch(/new Date\(|Date\.now\(|process\.env|Math\.random\(/);
  });
});
