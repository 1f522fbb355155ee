import { kamerDate } from './odata-date.util.js';
import type { OfficialActorFacts, OfficialDocumentFacts, OfficialDocumentRole, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';
import {
  DOCUMENT_SOORT,
  TOEZEGGING_STATUS,
  ZAAK_SOORT_WRITTEN_QUESTIONS,
  type ODataDocument,
  type ODataToezegging,
  type ODataZaak,
  type ODataZaakActor,
} from './odata-types.js';

// Pure mapping from the Kamer's open data records to termijnwacht's facts. Deleted records (Verwijderd) are not
// mapped here: the sync applies them as deletions by Id.

export function mapActor(actor: ODataZaakActor): OfficialActorFacts {
  return {
    apiId: actor.Id,
    relation: actor.Relatie?.trim() || null,
    name: actor.ActorNaam?.trim() || null,
    party: actor.ActorFractie?.trim() || null,
    function: actor.Functie?.trim() || null,
  };
}

/** A zaak of another Soort (a letter, a motion) never becomes a question set. */
export function isWrittenQuestionsZaak(soort: string | null | undefined): boolean {
  return soort === ZAAK_SOORT_WRITTEN_QUESTIONS;
}

export function mapZaak(zaak: ODataZaak, timeZone: string): OfficialZaakFacts | null {
  if (zaak.Verwijderd || !isWrittenQuestionsZaak(zaak.Soort) || !/^\d{4}Z\d{5}$/.test(zaak.Nummer ?? '')) return null;
  return {
    apiId: zaak.Id,
    zaak: zaak.Nummer,
    title: zaak.Onderwerp?.trim() || zaak.Titel?.trim() || null,
    submittedOn: kamerDate(zaak.GestartOp, timeZone),
    officialTerm: kamerDate(zaak.Termijn ?? null, timeZone),
    actors: zaak.ZaakActor ? zaak.ZaakActor.filter((a) => !a.Verwijderd).map(mapActor) : null,
  };
}

/** tkconv's rule: a plain Mededeling whose subject speaks of withdrawing closes the set as withdrawn. */
function documentRole(doc: ODataDocument): OfficialDocumentRole | null {
  switch (doc.Soort) {
    case DOCUMENT_SOORT.question:
      return 'question';
    case DOCUMENT_SOORT.answer:
      return 'answer';
    case DOCUMENT_SOORT.furtherAnswer:
      return 'further_answer';
    case DOCUMENT_SOORT.deferral:
      return 'deferral';
    case DOCUMENT_SOORT.notice:
      return /ingetrokken|intrekk?en|intrekking/i.test(`${doc.Onderwerp ?? ''} ${doc.Titel ?? ''}`) ? 'withdrawal' : 'notice';
    default:
      return null;
  }
}

/** The document, linked only to its written-question zaken; null when it has none (skipped and counted). */
export function mapDocument(doc: ODataDocument, timeZone: string): OfficialDocumentFacts | null {
  if (doc.Verwijderd || !doc.DocumentNummer) return null;
  const role = documentRole(doc);
  if (!role) return null;
  const zaken = (doc.Zaak ?? [])
    .filter((z) => !z.Verwijderd && /^\d{4}Z\d{5}$/.test(z.Nummer) && (z.Soort === undefined || isWrittenQuestionsZaak(z.Soort)))
    .map((z) => z.Nummer);
  if (zaken.length === 0) return null;
  return {
    apiId: doc.Id,
    documentNumber: doc.DocumentNummer,
    role,
    date: kamerDate(doc.Datum, timeZone),
    subject: doc.Onderwerp?.trim() || null,
    contentType: doc.ContentType?.trim() || null,
    zaken: [...new Set(zaken)],
  };
}

export function mapToezegging(t: ODataToezegging, timeZone: string): OfficialToezeggingFacts | null {
  if (t.Verwijderd || !t.Nummer || !t.Tekst) return null;
  const status = t.Status?.trim() || null;
  // A plain string when the API gives the letter's number instead of the expanded documents (then no date is known).
  const nakoming =
    typeof t.KamerbriefNakoming === 'string'
      ? [{ DocumentNummer: t.KamerbriefNakoming, Datum: null, Verwijderd: false }]
      : Array.isArray(t.KamerbriefNakoming)
        ? t.KamerbriefNakoming
        : [];
  const letters = nakoming.filter((d) => !d.Verwijderd && d.DocumentNummer?.trim());
  const dates = letters
    .map((d) => kamerDate(d.Datum, timeZone))
    .filter((d): d is string => d !== null)
    .sort();
  return {
    number: t.Nummer,
    text: t.Tekst.trim(),
    actor: [t.Naam, t.Functie].filter(Boolean).join(', ') || null,
    ministry: t.Ministerie?.trim() || null,
    officialStatus: status,
    lifecycle: status === null ? 'open' : (TOEZEGGING_STATUS[status.toLowerCase()] ?? null),
    dueDate: kamerDate(t.DatumNakoming, timeZone),
    fulfilledBy:
      letters.length > 0
        ? letters
            .map((d) => d.DocumentNummer!.trim())
            .join(', ')
            .slice(0, 500)
        : null,
    fulfilledOn: dates.at(-1) ?? null,
    madeOn: kamerDate(t.Aanmaakdatum ?? null, timeZone),
  };
}
