import type { ParsedCommitment, ParsedQuestion } from '../contract/parsed-document.js';
import { isProcedural } from './active-cues.js';
import { NO_DUE, type DueSpec } from '../contract/due-spec.js';
import { ASSENT_CONFIDENCE } from './commitment-confidence.js';
import { findDue } from './due-phrase.js';
import type { SentenceSlice } from './sentence-splitter.js';
import { splitSentences } from './sentence-splitter.js';
import { collapseSpace, tokenize, type Token } from './text-tokens.js';
import { findVerbs, isGuarded } from './verb-search.js';

// A promise made by saying yes: "Bent u bereid de Kamer voor de zomer te informeren?" — "Ja, daartoe ben ik bereid."
// The action is the one asked for in the question; the sentence and span are the answer's assent. Used only for
// answers in which nothing else was found, and only when the question asks for willingness ("bent u bereid",
// "is het kabinet bereid", "bent u voornemens", "wilt u toezeggen", "zegt u toe"). A bare "Ja." counts only when that is
// the one question asked; "Ja, als …", "Nee", "niet", "geen" and pointers to other answers do not count.

const REFUSAL = new Set(['nee', 'niet', 'geen', 'zie', 'verwijs', 'verwijzen']);
const PRO_FORMS = new Set([
  'daartoe',
  'hiertoe',
  'dat',
  'dit',
  'daar',
  'hier',
  'toe',
  'graag',
  'ja',
  'ik',
  'ben',
  'bereid',
  'zal',
  'doen',
  'doe',
  'zeg',
  'het',
  'kabinet',
  'is',
  'wij',
  'zijn',
  'zullen',
  'we',
  'zeker',
  'uiteraard',
  'natuurlijk',
  'toezeggen',
  'kan',
]);

interface Ask {
  /** The asked action as written in the question ("de Kamer voor de zomer te informeren"). */
  action: string;
  dueText: string | null;
  due: DueSpec;
  soft: boolean;
  /** The question has other questions besides this one. */
  oneOfMany: boolean;
}

/** The willingness asked for in the question, or null. */
function askOf(question: string): Ask | null {
  const sentences = splitSentences(question).filter((s) => s.text.endsWith('?'));
  const asks = sentences.filter((s) => /\b(bereid|voornemens|toezeggen|toe)\b/i.test(s.text));
  const ask = asks[asks.length - 1];
  if (!ask) return null;
  const t = tokenize(ask.text);
  let from = t.findIndex(
    (tok) => tok.low === 'bereid' || tok.low === 'voornemens' || tok.low === 'toezeggen' || (tok.low === 'toe' && t.some((x) => x.low === 'zegt')),
  );
  if (from < 0) return null;
  from++;
  if (from < t.length && (t[from].low === 'om' || t[from].low === 'dat')) from++;
  let end = t.length - 1;
  while (end > from && t[end].raw !== '?') end--;
  const verbs = findVerbs(t, from);
  if (from >= end || isProcedural(t, verbs) || t.some((x) => x.low === 'beantwoorden' || x.low === 'beantwoording')) return null;
  const action = collapseSpace(ask.text.slice(t[from].start, t[end].start))
    .replace(/[,;:]$/, '')
    .trim();
  if (action === '') return null;
  const others = sentences.filter((s) => s !== ask && !/^(zo ja|zo nee|zo niet|waarom|indien|zo ja,|zo nee,)/i.test(s.text));
  const duePhrase = findDue(ask.text, t, from, end, () => false);
  return {
    action,
    dueText: duePhrase?.text ?? null,
    due: duePhrase?.due ?? NO_DUE,
    soft: verbs.length > 0 && verbs.every((v) => v.soft),
    oneOfMany: others.length > 0,
  };
}

/** "Ja.", "Ja, daartoe ben ik bereid.", "Dat zal ik doen.", "Daartoe ben ik graag bereid." */
function isAssent(t: Token[], oneOfMany: boolean): boolean {
  const words = t.filter((x) => x.isWord);
  if (words.length === 0 || words.length > 8) return false;
  if (words.some((w) => REFUSAL.has(w.low)) || isGuarded(t, 0, t.length)) return false;
  if (words.length === 1) return words[0].low === 'ja' && !oneOfMany;
  const willing = words.some((w) => w.low === 'bereid' || w.low === 'doen' || w.low === 'doe' || w.low === 'toe' || w.low === 'toezeggen');
  return willing && words.every((w) => PRO_FORMS.has(w.low));
}

function actorOf(t: Token[]): string | null {
  if (t.some((x) => x.low === 'ik')) return 'ik';
  if (t.some((x) => x.low === 'kabinet')) return 'het kabinet';
  if (t.some((x) => x.low === 'wij' || x.low === 'we')) return 'wij';
  return null;
}

/** The commitment an answer makes by assenting to a request for willingness in its question, or null. */
export function assentCommitment(question: ParsedQuestion): ParsedCommitment | null {
  if (!question.answer || !question.text) return null;
  const ask = askOf(question.text);
  if (!ask) return null;
  const first: SentenceSlice | undefined = splitSentences(question.answer)[0];
  if (!first) return null;
  const t = tokenize(first.text);
  if (!isAssent(t, ask.oneOfMany)) return null;
  return {
    questionNumber: question.number,
    text: first.text,
    span: [first.start, first.end],
    actor: actorOf(t),
    action: ask.action,
    dueText: ask.dueText,
    due: ask.due,
    dueDate: null,
    strength: ask.soft ? 'soft' : 'firm',
    origin: null,
    confidence: ASSENT_CONFIDENCE,
    construction: 'assent',
  };
}
