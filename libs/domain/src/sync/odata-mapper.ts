import { kamerDate } from './kamer-date.util.js';
import type { OfficialDocumentFacts, OfficialDocumentRole, OfficialToezeggingFacts, OfficialZaakFacts } from './official-facts.js';
import { DOCUMENT_SOORT, type ODataDocument, type ODataToezegging, type ODataZaak } from './odata-types.js';

// Pure mapping from the Kamer's open data records to termijnwacht's facts. Deleted records (Verwijderd) map to nothing.

const SUBMITTER_RELATIONS = new Set(['indiener', 'medeindiener']);

export function mapZaak(zaak: ODataZaak): OfficialZaakFacts | null {
  if (zaak.Verwijderd) return null;
  const actors = (zaak.ZaakActor ?? []).filter((a) => !a.Verwijderd);
  // Indiener first, then the Medeindieners, as the Kamer lists them.
  const submitters = actors
    .filter((a) => SUBMITTER_RELATIONS.has((a.Relatie ?? '').toLowerCase()) && a.ActorNaam)
    .sort((a, b) => Number((a.Relatie ?? '').toLowerCase() !== 'indiener') - Number((b.Relatie ?? '').toLowerCase() !== 'indiener'))
    .map((a) => ({ name: a.ActorNaam!.trim(), party: a.ActorFractie?.trim() || null }));
  const addressedTo = actors
    .filter((a) => (a.Relatie ?? '').toLowerCase() === 'gericht aan')
    .map((a) => (a.Functie ?? a.ActorNaam ?? '').trim())
    .filter((f) => f.length > 0);
  return {
    zaak: zaak.Nummer,
    title: zaak.Onderwerp?.trim() || zaak.Titel?.trim() || null,
    submittedOn: kamerDate(zaak.GestartOp),
    officialTerm: kamerDate(zaak.Termijn ?? null),
    submitters,
    addressedTo: [...new Set(addressedTo)],
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

export function mapDocument(doc: ODataDocument): OfficialDocumentFacts | null {
  if (doc.Verwijderd || !doc.DocumentNummer) return null;
  const role = documentRole(doc);
  if (!role) return null;
  const zaken = (doc.Zaak ?? []).filter((z) => !z.Verwijderd && /^\d{4}Z\d{5}$/.test(z.Nummer)).map((z) => z.Nummer);
  if (zaken.length === 0) return null;
  return { documentNumber: doc.DocumentNummer, role, date: kamerDate(doc.Datum), subject: doc.Onderwerp?.trim() || null, zaken };
}

export function mapToezegging(t: ODataToezegging): OfficialToezeggingFacts | null {
  if (t.Verwijderd || !t.Nummer || !t.Tekst) return null;
  return {
    number: t.Nummer,
    text: t.Tekst.trim(),
    actor: [t.Naam, t.Functie].filter(Boolean).join(', ') || null,
    ministry: t.Ministerie?.trim() || null,
    officialStatus: t.Status?.trim() || null,
    dueDate: kamerDate(t.DatumNakoming),
    fulfilledBy: t.KamerbriefNakoming?.trim() || null,
    madeOn: kamerDate(t.Aanmaakdatum ?? null),
  };
}
