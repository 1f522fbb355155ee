#!/usr/bin/env node
// Runs the compiled CLI. `npm install` builds it (the prepare script); `npm run build` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/apps/cli/src/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('termijnwacht: not built yet; run `npm run build` in the project folder first\n');
  process.exit(1);
}
await import(entry);
