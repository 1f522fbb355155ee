import fs from 'node:fs';
import path from 'node:path';

/**
 * The files an import covers: files named explicitly, whatever their extension, and the .txt files inside
 * named folders (recursively, in name order; hidden entries skipped), so a folder with a README imports cleanly.
 */
export function collectDocumentFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) files.push(full);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) missing.push(p);
    else if (fs.statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
