import type { ParsedDocument } from './contract/parsed-document.js';

/** One "Vraag N" block (or "Vraag 2 en 3"): its numbers share the text and the answer. */
export interface QuestionBlock {
  numbers: number[];
  text: string;
  answer: string | null;
  /** 1-based line of the block's heading, for warnings. */
  line: number;
}

/** What a format parser hands back: the contract without the questions list and the commitments. */
export type DocumentDraft = Omit<ParsedDocument, 'questions' | 'commitments' | 'warnings'> & {
  blocks: QuestionBlock[];
};
