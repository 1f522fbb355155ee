/** What the open data says about a question set, in termijnwacht's terms. */
export interface OfficialActorFacts {
  apiId: string;
  relation: string | null;
  name: string | null;
  party: string | null;
  function: string | null;
}

export interface OfficialZaakFacts {
  apiId: string;
  zaak: string;
  title: string | null;
  submittedOn: string | null;
  /** The Kamer's own due date, when it fills Zaak.Termijn. */
  officialTerm: string | null;
  /** Only when the record carried its actors ($expand); null leaves the stored actors as they are. */
  actors: OfficialActorFacts[] | null;
}

export type OfficialDocumentRole = 'question' | 'answer' | 'further_answer' | 'deferral' | 'withdrawal' | 'notice';

export interface OfficialDocumentFacts {
  apiId: string;
  documentNumber: string;
  role: OfficialDocumentRole;
  date: string | null;
  subject: string | null;
  contentType: string | null;
  zaken: string[];
}

export interface OfficialToezeggingFacts {
  number: string;
  text: string;
  actor: string | null;
  ministry: string | null;
  officialStatus: string | null;
  /** The lifecycle of a known status; null for a status value termijnwacht does not know (stored as-is, reported). */
  lifecycle: 'open' | 'fulfilled' | 'withdrawn' | null;
  dueDate: string | null;
  /** The fulfilling documents' numbers, joined; null when the API names none. */
  fulfilledBy: string | null;
  /** The latest fulfilling document's date; null when the API gives none (never the day of the sync). */
  fulfilledOn: string | null;
  madeOn: string | null;
}
