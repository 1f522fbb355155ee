// The parse contract of DESIGN.md: what libs/parsing makes of one document's text.
// Unknown values are null or [], never guessed. Field names are an outside interface: keep them.
import type { DueSpec } from './due-spec.js';

export * from './due-spec.js';

export type DocumentFormat = 'listing' | 'page';

export interface ParsedSubmitter {
  name: string;
  party: string | null;
}

export interface ParsedAnswerer {
  name: string;
  role: string | null;
  party: string | null;
}

export interface ParsedQuestion {
  number: number;
  text: string;
  /** null while unanswered; "Zie antwoord vraag 4" is kept as written. */
  answer: string | null;
}

export type DeferralReason = 'interdepartementale afstemming' | 'informatie nog niet ontvangen' | 'zorgvuldige beantwoording' | 'other';

export interface ParsedDeferral {
  /** YYYY-MM-DD; null when the document does not date the notice. */
  date: string | null;
  text: string;
  reason: DeferralReason;
}

export type CommitmentStrength = 'firm' | 'soft';

/**
 * The construction that made a sentence a commitment: `active` (a government subject promises: "zal ik … sturen"),
 * `passive` ("Er zal een verkenning worden uitgevoerd"), `receiver` (the Kamer receives: "Uw Kamer wordt voor de zomer
 * geïnformeerd"), `intention` (wil, ben bereid, streef ernaar, verwacht … te: soft unless the act is definite),
 * `conditional` (a promise that waits for a moment or event: "Op het moment dat dit beeld beschikbaar is zal ik …"),
 * `reference` (an earlier promise recalled: "heeft de Staatssecretaris toegezegd …"), `assent` (a yes to a question
 * asking for willingness).
 */
export type CommitmentConstruction = 'active' | 'passive' | 'receiver' | 'intention' | 'conditional' | 'reference' | 'assent';

export interface ParsedCommitment {
  questionNumber: number;
  /** The exact sentence as it stands in the answer. */
  text: string;
  /** [start, end) character offsets of `text` inside that question's `answer`. */
  span: [number, number];
  actor: string | null;
  action: string | null;
  dueText: string | null;
  /** What `dueText` says, read by the one due-date grammar (commitments/due-phrase.ts); `none` without a phrase. */
  due: DueSpec;
  /** Filled by libs/domain (resolveCommitmentDueDates), which resolves `due` against the calendar; the parser leaves it null. */
  dueDate: string | null;
  strength: CommitmentStrength;
  /** Where an earlier promise was made when the sentence refers back to one ("Zoals toegezegd tijdens het commissiedebat …"); else null. */
  origin: string | null;
  /** How sure the extractor is (0–1): a clerk reviews the lowest first. Set by the extractor; absent on hand-made rows. */
  confidence?: number;
  /** Which construction fired (see CommitmentConstruction). Set by the extractor. */
  construction?: CommitmentConstruction;
}

export interface ParsedDocument {
  format: DocumentFormat;
  zaak: string | null;
  documents: { question: string | null; answer: string | null; number: string | null };
  title: string | null;
  submittedOn: string | null;
  answeredOn: string | null;
  submitters: ParsedSubmitter[];
  answeredBy: ParsedAnswerer[];
  /** Ministers the questions were put to ("aan de Minister van Buitenlandse Zaken"), as written; [] when the document does not say. */
  addressedTo: string[];
  topics: string[];
  questions: ParsedQuestion[];
  deferrals: ParsedDeferral[];
  commitments: ParsedCommitment[];
  warnings: string[];
}

/** A document the parser refuses, with the 1-based line that decided it (null when the whole text is at fault). */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'ParseError';
  }
}
