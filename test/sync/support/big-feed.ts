import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE } from '#domain';
import type { ODataFixtureServer } from '../odata-fixture-server.js';
import { docxOfText } from './realdoc-docx.js';
import { pdfOfText } from './realdoc-pdf.js';
import { actor, guid, zaakNummer } from './sync-fixtures.js';

/** A short answer in the Kamer's own layout, different for each zaak (so each file is a text of its own). */
export function answerText(n: number): string {
  return `Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2024-2025 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

Vragen van het lid Postma (NSC) aan de Minister van Financiën over onderwerp ${n} (ingezonden 3 oktober 2024).

Antwoord van Minister Heinen (Financiën) (ontvangen 1 november 2024).

Vraag 1

Wat is de stand van zaken rond onderwerp ${n}?

Antwoord 1

Ik zal de Kamer voor 1 maart 2025 een brief sturen over onderwerp ${n}.
`;
}

/** ApiGewijzigdOp shared by `perStamp` records in a row, so bulk-republished runs cross page boundaries. */
const stamp = (i: number, perStamp: number) => new Date(Date.UTC(2025, 0, 1) + Math.floor(i / perStamp) * 60_000).toISOString().replace('.000Z', '+00:00');

export interface BigFeedSize {
  zaken: number;
  deferrals: number;
  files: number;
  toezeggingen: number;
}

/**
 * Fills the fixture with `zaken` written-question zaken (an Indiener and an addressee each), an answer for every zaak
 * and a deferral for the first `deferrals`, files for the first `files` answers (PDF and .docx alternately), and
 * `toezeggingen` official commitments.
 */
export async function fillBigFeed(server: ODataFixtureServer, size: BigFeedSize): Promise<void> {
  const statuses = ['Openstaand', 'Voldaan', 'Deels Voldaan', 'Vervallen', 'Afgedaan', 'Deels Afgedaan'];
  server.data.Zaak = Array.from({ length: size.zaken }, (_, i) => {
    const at = stamp(i, 300);
    return {
      Id: guid(1, i),
      Nummer: zaakNummer(i + 1),
      Soort: 'Schriftelijke vragen',
      Onderwerp: `Onderwerp ${i + 1}`,
      GestartOp: '2024-10-03T00:00:00+02:00',
      Verwijderd: false,
      GewijzigdOp: at,
      ApiGewijzigdOp: at,
      ZaakActor: [
        actor({ id: guid(2, 2 * i), naam: 'Postma', fractie: 'NSC', relatie: 'Indiener', functie: 'Tweede Kamerlid', at }),
        actor({ id: guid(2, 2 * i + 1), naam: null, relatie: 'Gericht aan', functie: i % 2 ? 'minister van Financiën' : 'staatssecretaris van Financiën', at }),
      ],
    };
  });
  const doc = (n: number, soort: string, datum: string, zaak: number, contentType: string | null) => {
    const at = stamp(n, 400);
    return {
      Id: guid(3, n),
      Soort: soort,
      DocumentNummer: `2024D${String(n).padStart(5, '0')}`,
      Onderwerp: 'x',
      Datum: `${datum}T00:00:00+01:00`,
      ContentType: contentType,
      Verwijderd: false,
      GewijzigdOp: at,
      ApiGewijzigdOp: at,
      Zaak: [zaakNummer(zaak + 1)],
    };
  };
  server.data.Document = [
    ...Array.from({ length: size.zaken }, (_, i) =>
      doc(i, 'Antwoord schriftelijke vragen', '2024-11-01', i, i < size.files ? (i % 2 ? DOCX_CONTENT_TYPE : PDF_CONTENT_TYPE) : null),
    ),
    ...Array.from({ length: size.deferrals }, (_, i) => doc(size.zaken + i, 'Mededeling (uitstel antwoord)', '2024-10-20', i, null)),
  ];
  server.files.clear();
  for (let i = 0; i < size.files; i += 1) {
    const text = answerText(i + 1);
    server.files.set(
      guid(3, i),
      i % 2
        ? { contentType: DOCX_CONTENT_TYPE, bytes: await docxOfText(text) }
        : { contentType: PDF_CONTENT_TYPE, bytes: await pdfOfText(text, i % 4 ? 'split-words' : 'line-per-item') },
    );
  }
  server.data.Toezegging = Array.from({ length: size.toezeggingen }, (_, i) => {
    const at = stamp(i, 250);
    return {
      Id: guid(5, i),
      Nummer: `TZ202411-${String(i).padStart(4, '0')}`,
      Tekst: `De staatssecretaris informeert de Kamer over de voortgang van dossier nummer ${i} voor de zomer.`,
      Ministerie: 'Financiën',
      Status: statuses[i % statuses.length],
      DatumNakoming: null,
      KamerbriefNakoming:
        i % 2 ? [{ Id: guid(6, i), DocumentNummer: `2024D9${String(i).padStart(4, '0')}`, Datum: '2024-10-02T00:00:00+02:00', Verwijderd: false }] : [],
      Verwijderd: false,
      GewijzigdOp: at,
      ApiGewijzigdOp: at,
    };
  });
}
