// Documents name parties both ways: the listing format writes "CU", the page format "ChristenUnie"; "NSC" and
// "Nieuw Sociaal Contract" are one party. Reports per party need one name, so known full names map to the
// abbreviation the Kamer uses; anything unknown is kept as written.

const ABBREVIATIONS: Record<string, string> = {
  christenunie: 'CU',
  'nieuw sociaal contract': 'NSC',
  'groenlinks-pvda': 'GL-PvdA',
  'groenlinks/partij van de arbeid': 'GL-PvdA',
  'gl/pvda': 'GL-PvdA',
  groenlinks: 'GL',
  'partij van de arbeid': 'PvdA',
  'partij voor de dieren': 'PvdD',
  'partij voor de vrijheid': 'PVV',
  'forum voor democratie': 'FVD',
  boerburgerbeweging: 'BBB',
  'boer burger beweging': 'BBB',
  'socialistische partij': 'SP',
  'staatkundig gereformeerde partij': 'SGP',
  'volkspartij voor vrijheid en democratie': 'VVD',
  'christen-democratisch appèl': 'CDA',
  'christen democratisch appel': 'CDA',
  'democraten 66': 'D66',
  bij1: 'BIJ1',
  '50plus': '50PLUS',
  ja21: 'JA21',
  denk: 'DENK',
  volt: 'Volt',
};

/** The abbreviation for a party as a document names it ("ChristenUnie" → "CU"); unknown names stay as written. */
export function partyAbbreviation(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return ABBREVIATIONS[trimmed.toLowerCase()] ?? trimmed;
}
