// The Kamer's open data (OData v4, gegevensmagazijn) as termijnwacht reads it: only the fields it maps.
// Names are the API's own (PascalCase), see ANCHORS.md §3.

export interface ODataPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

interface ODataEntity {
  Id: string;
  GewijzigdOp: string;
  Verwijderd?: boolean;
}

export interface ODataZaakActor extends ODataEntity {
  ActorNaam: string | null;
  ActorFractie: string | null;
  Relatie: string | null;
  Functie: string | null;
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
  Zaak?: { Nummer: string; Verwijderd?: boolean }[];
}

export interface ODataToezegging extends ODataEntity {
  Nummer: string;
  Tekst: string | null;
  Naam?: string | null;
  Functie?: string | null;
  Ministerie: string | null;
  Status: string | null;
  DatumNakoming: string | null;
  KamerbriefNakoming: string | null;
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
