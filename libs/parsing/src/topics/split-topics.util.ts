import type { WarningLog } from '../text/warning-log.js';
import { THEME_VOCABULARY } from './theme-vocabulary.js';

// "cultuur en recreatie recht sport staatsrecht" → ["cultuur en recreatie", "recht", "sport", "staatsrecht"].
// Greedy longest match over words: at each word, the longest theme that starts there wins. Words that start no
// theme are gathered until the next word that does, and kept as one topic of their own, with a warning.
// Each word tries at most a handful of candidate themes of at most a few words: linear in the line.

export const WORD_SEPARATOR_PATTERN = / +/;

function key(word: string): string {
  return word.toLowerCase().replace('’', "'");
}

function buildIndex(): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const theme of THEME_VOCABULARY) {
    const words = theme.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push(words);
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const INDEX = buildIndex();

function matchAt(words: string[], start: number): number {
  for (const candidate of INDEX.get(words[start]) ?? []) {
    if (start + candidate.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < candidate.length && ok; k++) ok = words[start + k] === candidate[k];
    if (ok) return candidate.length;
  }
  return 0;
}

export function splitTopics(line: string, warnings: WarningLog, lineNumber: number): string[] {
  const words = line
    .trim()
    .split(WORD_SEPARATOR_PATTERN)
    .filter((w) => w.length > 0)
    .map(key);
  const topics: string[] = [];
  let unknown: string[] = [];
  const flushUnknown = (): void => {
    if (unknown.length === 0) return;
    const topic = unknown.join(' ');
    warnings.add(`topic "${topic.slice(0, 80)}" is not in the government theme list; kept as written`, lineNumber);
    topics.push(topic);
    unknown = [];
  };
  let i = 0;
  while (i < words.length) {
    const length = matchAt(words, i);
    if (length === 0) {
      unknown.push(words[i]);
      i++;
      continue;
    }
    flushUnknown();
    topics.push(words.slice(i, i + length).join(' '));
    i += length;
  }
  flushUnknown();
  return [...new Set(topics)];
}
