// The ministries of the Dutch government (recent cabinets), with the words by which a role names them.
// A role is matched by the first alias found in it, so more specific aliases come first.

export interface MinistryDefinition {
  slug: string;
  name: string;
  abbreviation: string;
  aliases: string[];
}

export const MINISTRIES: readonly MinistryDefinition[] = [
  { slug: 'az', name: 'Algemene Zaken', abbreviation: 'AZ', aliases: ['minister-president', 'algemene zaken'] },
  {
    slug: 'bz',
    name: 'Buitenlandse Zaken',
    abbreviation: 'BZ',
    aliases: ['buitenlandse handel', 'ontwikkelingssamenwerking', 'buitenlandse zaken', 'europese zaken'],
  },
  {
    slug: 'bzk',
    name: 'Binnenlandse Zaken en Koninkrijksrelaties',
    abbreviation: 'BZK',
    aliases: ['binnenlandse zaken', 'koninkrijksrelaties', 'digitalisering'],
  },
  { slug: 'vro', name: 'Volkshuisvesting en Ruimtelijke Ordening', abbreviation: 'VRO', aliases: ['volkshuisvesting', 'ruimtelijke ordening'] },
  { slug: 'def', name: 'Defensie', abbreviation: 'DEF', aliases: ['defensie'] },
  { slug: 'kgg', name: 'Klimaat en Groene Groei', abbreviation: 'KGG', aliases: ['klimaat en groene groei', 'klimaat en energie'] },
  { slug: 'ez', name: 'Economische Zaken', abbreviation: 'EZ', aliases: ['economische zaken'] },
  { slug: 'fin', name: 'Financiën', abbreviation: 'FIN', aliases: ['financiën', 'financien', 'fiscaliteit', 'toeslagen'] },
  { slug: 'ienw', name: 'Infrastructuur en Waterstaat', abbreviation: 'IenW', aliases: ['infrastructuur', 'waterstaat'] },
  { slug: 'aenm', name: 'Asiel en Migratie', abbreviation: 'AenM', aliases: ['asiel en migratie', 'asiel'] },
  {
    slug: 'jenv',
    name: 'Justitie en Veiligheid',
    abbreviation: 'JenV',
    aliases: ['justitie', 'rechtsbescherming', 'veiligheid', 'migratie'],
  },
  {
    slug: 'lnv',
    name: 'Landbouw, Natuur en Voedselkwaliteit',
    abbreviation: 'LNV',
    aliases: ['landbouw', 'natuur en stikstof', 'visserij', 'voedselkwaliteit', 'voedselzekerheid', 'natuur'],
  },
  {
    slug: 'ocw',
    name: 'Onderwijs, Cultuur en Wetenschap',
    abbreviation: 'OCW',
    aliases: ['onderwijs', 'cultuur en wetenschap', 'wetenschap', 'cultuur', 'media', 'emancipatie'],
  },
  {
    slug: 'szw',
    name: 'Sociale Zaken en Werkgelegenheid',
    abbreviation: 'SZW',
    aliases: ['sociale zaken', 'werkgelegenheid', 'armoedebeleid', 'participatie', 'pensioenen', 'integratie'],
  },
  {
    slug: 'vws',
    name: 'Volksgezondheid, Welzijn en Sport',
    abbreviation: 'VWS',
    aliases: ['volksgezondheid', 'medische zorg', 'langdurige zorg', 'jeugd, preventie', 'welzijn', 'sport', 'zorg'],
  },
];
