import type { AnswerForecastView } from '#domain';
import { cell, type TableCell } from '../render/data-table.js';
import { formatLongDate, formatShare, NO_DATA } from '../render/dutch-format.js';

// How a forecast reads on the pages. A forecast whose backtest missed its target is not shown as a number: the page
// says so instead (the API still carries the figures, with verdict 'off').

function intervalText(f: AnswerForecastView): string | null {
  if (!f.interval) return null;
  const to = f.interval.to ? formatLongDate(f.interval.to) : 'later dan ooit gezien';
  return `${formatShare(f.interval.level)}-interval: ${formatLongDate(f.interval.from)} tot ${to}`;
}

function calibrationText(f: AnswerForecastView): string {
  const c = f.calibration;
  const group = f.basis === 'all' ? 'alle ministeries (te weinig vergelijkbare vragen bij dit ministerie)' : 'dit ministerie';
  if (!c || c.coverage === null)
    return `Gebaseerd op ${f.comparableSets} vergelijkbare vragensets van ${group}; de terugtoets is nog niet gedraaid of had te weinig uitkomsten.`;
  return `Gebaseerd op ${f.comparableSets} vergelijkbare vragensets van ${group}. Terugtoets ${c.fromMonday} tot ${c.toMonday}: ${formatShare(c.coverage)} van ${c.scored} antwoorden viel in het interval, mediane fout ${c.medianAbsoluteErrorDays ?? NO_DATA} dagen.`;
}

/** The forecast as the question page shows it: a headline, the details, and why it is (not) shown. */
export function forecastSection(f: AnswerForecastView | null): { shown: boolean; headline: string; lines: string[] } | null {
  if (!f) return null;
  if (f.verdict === 'insufficient') return { shown: false, headline: 'Geen verwachting: te weinig vergelijkbare vragensets.', lines: [] };
  if (f.verdict === 'off') {
    const c = f.calibration!;
    return {
      shown: false,
      headline: 'Geen verwachting getoond: de terugtoets van deze voorspelling valt buiten het doel.',
      lines: [`In de terugtoets viel ${formatShare(c.coverage)} van ${c.scored} antwoorden in het 80%-interval; het doel is 75–85%.`],
    };
  }
  const headline = f.expectedOn
    ? `Verwacht rond ${formatLongDate(f.expectedOn)}`
    : 'Verwacht: later dan de helft van de vergelijkbare vragensets ooit werd beantwoord';
  const lines = [
    intervalText(f),
    f.probabilityWithinTerm === null ? null : `Kans op antwoord binnen de termijn (${formatLongDate(f.term)}): ${formatShare(f.probabilityWithinTerm)}`,
    calibrationText(f),
    f.verdict === 'untested' ? 'Nog niet getoetst: lees dit als een ruwe schatting.' : null,
  ].filter((x): x is string => x !== null);
  return { shown: true, headline, lines };
}

/** The Monday list's column: the expected date, or why there is none. */
export function forecastCell(f: AnswerForecastView | null | undefined): TableCell {
  if (!f) return cell(NO_DATA, { csv: '' });
  if (f.verdict === 'off') return cell('niet getoond (toets wijkt af)', { csv: '' });
  if (f.verdict === 'insufficient' || !f.expectedOn) return cell(NO_DATA, { csv: '' });
  const to = f.interval?.to ? formatLongDate(f.interval.to) : 'later';
  const range = f.interval ? ` (${formatLongDate(f.interval.from)} – ${to})` : '';
  // No <time> element: its text (a date and a range) must wrap on a phone, which td time { nowrap } forbids.
  return cell(`${formatLongDate(f.expectedOn)}${range}`, { csv: f.expectedOn });
}
