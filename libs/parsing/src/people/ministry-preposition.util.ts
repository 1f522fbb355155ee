// "minister van Buitenlandse Zaken" but "minister voor Natuur en Stikstof": ministers without a ministry of their
// own (and some state secretaries) are "voor" their portfolio. A page names the answerer only as
// "Minister Van der Wal-Zeggelink (Natuur en Stikstof)", so the preposition is taken from how the same document
// addressed the questions when it can be, else from this list of known "voor" portfolios, else "van".

const VOOR_PORTFOLIOS = new Set([
  'armoedebeleid, participatie en pensioenen',
  'basis- en voortgezet onderwijs en media',
  'buitenlandse handel en ontwikkelingssamenwerking',
  'immigratie en asiel',
  'immigratie, integratie en asiel',
  'jeugd en gezin',
  'klimaat en energie',
  'koninkrijksrelaties en digitalisering',
  'langdurige zorg, jeugd en sport',
  'medische zorg',
  'medische zorg en sport',
  'migratie',
  'natuur en stikstof',
  'ontwikkelingssamenwerking',
  'primair en voortgezet onderwijs',
  'rechtsbescherming',
  'volkshuisvesting en ruimtelijke ordening',
  'wonen en rijksdienst',
  'wonen, wijken en integratie',
]);

export function ministryPreposition(role: string, portfolio: string, addressedTo: readonly string[]): 'van' | 'voor' {
  const lowerPortfolio = portfolio.toLowerCase();
  const viaVoor = `${role} voor ${lowerPortfolio}`;
  const viaVan = `${role} van ${lowerPortfolio}`;
  for (const addressee of addressedTo) {
    const lower = addressee.toLowerCase();
    if (lower === viaVoor) return 'voor';
    if (lower === viaVan) return 'van';
  }
  // "Ministers van X en voor Natuur en Stikstof": the plural addressee lost its role word on the second part.
  if (addressedTo.some((a) => a.toLowerCase().endsWith(` voor ${lowerPortfolio}`))) return 'voor';
  return VOOR_PORTFOLIOS.has(lowerPortfolio) ? 'voor' : 'van';
}
