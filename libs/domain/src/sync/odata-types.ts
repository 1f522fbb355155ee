// The Kamer's open data (OData v4, gegevensmagazijn) as termijnwacht reads it: only the fields it maps.
// Names are the API's own (PascalCase), see ANCHORS.md §3. A deleted record stays in the API as a placeholder with
// `Verwijderd: true` (and may carry nothing but Id and the timestamps), so every field but those is optional in use.

export interface ODataPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface ODataEntity {
  Id: string;
  GewijzigdOp?: string | null;
  /** When the record became visible in the API: the cursor's field (ANCHORS §3.8). */
  ApiGewijzigdOp: string;
  Verwijderd?: boolean;
}

export interface ODataZaakActor extends ODataEntity {
  ActorNaam: string | null;
  ActorFractie: string | null;
  Relatie: string | null;
  Functie: string | null;
  /** Expanded on the ZaakActor feed. */
  Zaak?: { Id: string; Nummer: string; Soort: string | null; Verwijderd?: boolean } | null;
}

export interface ODataZaak extends ODataEntity {
  Nummer: string;
  Soort: string;
  Onderwerp: string | null;
  Titel?: string | null;
  GestartOp: string | null;
  Termijn?: string | null;
  Afgedaan?: boolean | null;
  ZaakActor?: ODataZaakActor[];
}

export interface ODataDocument extends ODataEntity {
  Soort: string;
  DocumentNummer: string | null;
  Onderwerp: string | null;
  Titel?: string | null;
  Datum: string | null;
  DatumOntvangst?: string | null;
  /** The file's type ("application/pdf", the .docx type); absent or null when the document has no file. */
  ContentType?: string | null;
  Zaak?: { Id?: string; Nummer: string; Soort?: string | null; Verwijderd?: boolean }[];
}

export interface ODataToezegging extends ODataEntity {
  Nummer: string;
  Tekst: string | null;
  Naam?: string | null;
  Functie?: string | null;
  Ministerie: string | null;
  Status: string | null;
  DatumNakoming: string | null;
  /** A navigation property: the documents that fulfilled it (only when expanded). */
  KamerbriefNakoming?: { Id?: string; DocumentNummer: string | null; Datum: string | null; Verwijderd?: boolean }[] | string | null;
  Aanmaakdatum?: string | null;
}

/** Document Soort values this product maps (tkapi DocumentSoort). */
export const DOCUMENT_SOORT = {
  question: 'Schriftelijke vragen',
  answer: 'Antwoord schriftelijke vragen',
  furtherAnswer: 'Antwoord schriftelijke vragen (nader)',
  deferral: 'Mededeling (uitstel antwoord)',
  notice: 'Mededeling',
} as const;

export const ZAAK_SOORT_WRITTEN_QUESTIONS = 'Schriftelijke vragen';

/** Every Toezegging status the Kamer's schema has used (ANCHORS §3.6), in termijnwacht's lifecycle. */
export const TOEZEGGING_STATUS: Record<string, 'open' | 'fulfilled' | 'withdrawn'> = {
  openstaand: 'open',
  voldaan: 'fulfilled',
  // Part of the promise is still owed.
  'deels voldaan': 'open',
  vervallen: 'withdrawn',
  afgedaan: 'fulfilled',
  'deels afgedaan': 'open',
};
