// The Dutch government's fixed theme list, lower-case, as used by the "Onderwerpen" line of the listing format.
// Two published versions are merged, because documents from different years use either:
// - OWMS 4.0 "TaxonomieBeleidsagenda" (overheid:TaxonomieBeleidsagenda, standaarden.overheid.nl/owms/terms),
//   the themes officielebekendmakingen.nl has tagged Kamervragen with for years ("politie, brandweer en
//   hulpdiensten", "staatsveiligheid", "weg", "luchtvaart");
// - the TOOI "Thema-indeling voor Officiële Publicaties" (TOP-lijst, scw_toplijst), its successor
//   ("klimaatverandering", "rail- en wegverkeer", "zorgverzekeringen").
// Grouped by top-level theme for reading; the parser uses the flat, de-duplicated THEME_VOCABULARY.

const OWMS_THEMES: Readonly<Record<string, readonly string[]>> = {
  bestuur: [
    'de nederlandse antillen en aruba',
    'europese zaken',
    'gemeenten',
    'koninklijk huis',
    'organisatie en beleid',
    'parlement',
    'provincies',
    'rijksoverheid',
    'waterschappen',
  ],
  'cultuur en recreatie': ['cultuur', 'kunst', 'media', 'recreatie', 'religie', 'sport', 'toerisme'],
  economie: ['bouwnijverheid', 'handel', 'ict', 'industrie', 'markttoezicht', 'ondernemen', 'overige economische sectoren', 'energie'],
  financiën: ['begroting', 'belasting', 'financieel toezicht', 'inkomensbeleid'],
  huisvesting: ['bouwen en verbouwen', 'huren en verhuren', 'kopen en verkopen'],
  internationaal: ['defensie', 'internationale samenwerking', 'militaire missies', 'ontwikkelingssamenwerking', 'reizen'],
  landbouw: ['dieren', 'planten', 'voedselkwaliteit', 'voeding'],
  'migratie en integratie': ['emigratie', 'immigratie', 'integratie', 'nederlanderschap', 'tijdelijk verblijf'],
  'natuur en milieu': ['afval', 'bodem', 'geluid', 'lucht', 'natuur- en landschapsbeheer', 'stoffen', 'water'],
  'onderwijs en wetenschap': [
    'basisonderwijs',
    'beroepsonderwijs',
    'hoger onderwijs',
    'onderzoek en wetenschap',
    'overige vormen van onderwijs',
    'voortgezet onderwijs',
  ],
  'openbare orde en veiligheid': ['criminaliteit', 'politie, brandweer en hulpdiensten', 'rampen', 'staatsveiligheid', 'terrorisme'],
  recht: ['bestuursrecht', 'bezwaar en klachten', 'burgerlijk recht', 'rechtspraak', 'staatsrecht', 'strafrecht'],
  'ruimte en infrastructuur': ['netwerken', 'ruimtelijke ordening', 'waterkeringen en waterbeheer'],
  'sociale zekerheid': ['gezin en kinderen', 'nabestaanden', 'ouderen', 'werkloosheid', 'ziekte en arbeidsongeschiktheid'],
  verkeer: ['luchtvaart', 'spoor', 'transport', 'water', 'weg'],
  werk: ['arbeidsomstandigheden', 'arbeidsvoorwaarden', 'levensloop', 'ontslag', 'werkgelegenheid'],
  'zorg en gezondheid': ['ethiek', 'geneesmiddelen en medische hulpmiddelen', "gezondheidsrisico's", 'jongeren', 'verzekeringen', 'ziekten en behandelingen'],
};

const TOP_LIST_THEMES: Readonly<Record<string, readonly string[]>> = {
  'cultuur en recreatie': ['cultureel erfgoed', 'media', 'evenementen', 'horeca', 'recreatie', 'religie', 'cultuur'],
  wonen: ['woningmarkt', 'bouwen en verbouwen'],
  overheidsfinanciën: ['belasting', 'begroting'],
  'migratie en integratie': ['migratie', 'integratie'],
  'organisatie en bedrijfsvoering': [
    'inkoop en beheer',
    'informatievoorziening en ict',
    'koninkrijksrelaties',
    'overheidspersoneel',
    'inrichting van de overheid',
    'interne organisatie',
  ],
  verkeer: ['luchtvaart', 'openbaar vervoer', 'scheepvaart', 'rail- en wegverkeer'],
  werk: ['arbeidsverhoudingen', 'arbeidsomstandigheden'],
  'natuur en milieu': ['lucht', 'water', 'stoffen', 'klimaatverandering', 'bodem', 'geluid', 'afval', 'natuur- en landschapsbeheer'],
  'onderwijs en wetenschap': [
    'onderzoek en wetenschap',
    'speciaal onderwijs',
    'onderwijsvoorzieningen',
    'hoger onderwijs',
    'basisonderwijs',
    'voortgezet onderwijs',
    'beroepsonderwijs',
  ],
  'ruimte en infrastructuur': ['netwerken', 'ruimtelijke ordening', 'waterbeheer'],
  'zorg en gezondheid': [
    'jeugdzorg',
    'ethiek',
    'zorgverzekeringen',
    'geneesmiddelen en medische hulpmiddelen',
    'zorginstellingen',
    "gezondheidsrisico's",
    'ziekten en behandelingen',
    'ouderenzorg',
  ],
  economie: ['transport', 'ondernemen', 'dienstensector', 'handel', 'kenniseconomie', 'landbouw, visserij, voedselkwaliteit', 'markttoezicht', 'energie'],
  'sociale zekerheid': ['ouderen', 'gezin en kinderen', 'arbeidsongeschiktheid en werkloosheid'],
  'openbare orde en veiligheid': ['terrorisme', 'veiligheid', 'criminaliteit'],
  recht: ['staatsrecht', 'rechtspraak', 'privaatrecht', 'strafrecht', 'bestuursrecht', 'rechten en vrijheden', 'bezwaar en klachten'],
  internationaal: ['internationale betrekkingen', 'europese zaken', 'ontwikkelingssamenwerking', 'defensie'],
};

function flatten(...groups: Readonly<Record<string, readonly string[]>>[]): readonly string[] {
  const themes = new Set<string>();
  for (const group of groups) {
    for (const [top, subthemes] of Object.entries(group)) {
      themes.add(top);
      for (const theme of subthemes) themes.add(theme);
    }
  }
  return Object.freeze([...themes].sort((a, b) => a.localeCompare(b, 'nl')));
}

/** Every theme (top level and subtheme) of both lists, lower-case, sorted. */
export const THEME_VOCABULARY: readonly string[] = flatten(OWMS_THEMES, TOP_LIST_THEMES);
