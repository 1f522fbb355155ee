/** What the open data says about a question set, in termijnwacht's terms. */
export interface OfficialZaakFacts {
  zaak: string;
  title: string | null;
  submittedOn: string | null;
  /** The Kamer's own due date, when it fills Zaak.Termijn. */
  officialTerm: string | null;
  submitters: { name: string; party: string | null }[];
  addressedTo: string[];
}

export type OfficialDocumentRole = 'question' | 'answer' | 'further_answer' | 'deferral' | 'withdrawal' | 'notice';

export interface OfficialDocumentFacts {
  documentNumber: string;
  role: OfficialDocumentRole;
  date: string | null;
  subject: string | null;
  zaken: string[];
}

export interface OfficialToezeggingFacts {
  number: string;
  text: string;
  actor: string | null;
  ministry: string | null;
  officialStatus: string | null;
  dueDate: string | null;
  fulfilledBy: string | null;
  madeOn: string | null;
}
