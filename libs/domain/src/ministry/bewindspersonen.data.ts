// The bewindspersonen (ministers, ministers without a ministry of their own, staatssecretarissen) per period,
// 2010–2026: cabinets Rutte I, II, III, IV, Schoof and the first posts of Jetten. Shipped as data like the recess
// calendar; correct it here, this file is the only place these dates live.
//
// Sources: the cabinet pages of parlement.com and nl.wikipedia ("Kabinet-Rutte I" … "Kabinet-Schoof"), written down
// from them; the changes of 2025 from the Kabinet van de Koning's own notices (rijksoverheid.nl/actueel/nieuws
// 2025/06/19 and 2025/09/05 "Benoemingen ministers en staatssecretarissen", the ontslag of the PVV bewindspersonen on
// 3 June 2025 and of the NSC bewindspersonen on 22 August 2025); cabinet Jetten (sworn in 23 February 2026) from the
// lists published that month (hartvannederland.nl "Kabinet-Jetten compleet", bnnvara.nl "Minderheidskabinet-Jetten").
// Dates marked `// unsure` were not checked against a source and may be off by days or weeks; posts held ad interim
// for a few days are left out; leave of absence (ziekte, zwangerschap) is not modelled. Jetten's staatssecretarissen
// are incomplete (only those the sources above name).
//
// Fields: `post` as the Kamer writes a role (lower-case office word, "van" for the head of a ministry, "voor" for a
// portfolio); `ministry` is the slug of ministry-catalogue.ts the post belongs to *at that time* (the minister voor
// Klimaat en Energie of Rutte IV sat at EZK, so 'ez'; Schoof's Klimaat en Groene Groei had a ministry of its own, 'kgg');
// `from` and `to` are the first and the last day in office (both inclusive), `to` null while in office.

export interface Bewindspersoon {
  name: string;
  post: string;
  ministry: string;
  from: string;
  to: string | null;
}

const RUTTE_I = '2010-10-14';
const RUTTE_II = '2012-11-05';
const RUTTE_III = '2017-10-26';
const RUTTE_IV = '2022-01-10';
const SCHOOF = '2024-07-02';
const PVV_LEFT = '2025-06-03';
const REPLACED_PVV = '2025-06-19';
const NSC_LEFT = '2025-08-22';
const REPLACED_NSC = '2025-09-05';
const JETTEN = '2026-02-23';

/** The day before a date: the last day of whoever handed over on it. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export const BEWINDSPERSONEN: readonly Bewindspersoon[] = Object.freeze([
  // ── Algemene Zaken
  { name: 'Mark Rutte', post: 'minister-president', ministry: 'az', from: RUTTE_I, to: dayBefore(SCHOOF) },
  { name: 'Dick Schoof', post: 'minister-president', ministry: 'az', from: SCHOOF, to: dayBefore(JETTEN) },
  { name: 'Rob Jetten', post: 'minister-president', ministry: 'az', from: JETTEN, to: null },

  // ── Rutte I (14 October 2010 – 5 November 2012)
  { name: 'Maxime Verhagen', post: 'minister van Economische Zaken, Landbouw en Innovatie', ministry: 'ez', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Henk Bleker', post: 'staatssecretaris van Economische Zaken, Landbouw en Innovatie', ministry: 'ez', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Uri Rosenthal', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Ben Knapen', post: 'staatssecretaris van Buitenlandse Zaken', ministry: 'bz', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Piet Hein Donner', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: RUTTE_I, to: '2011-12-16' }, // unsure: to
  { name: 'Liesbeth Spies', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: '2011-12-16', to: dayBefore(RUTTE_II) }, // unsure: from
  { name: 'Gerd Leers', post: 'minister voor Immigratie en Asiel', ministry: 'bzk', from: RUTTE_I, to: dayBefore(RUTTE_II) }, // unsure: ministry (BZK; the IND sat at Justitie)
  { name: 'Ivo Opstelten', post: 'minister van Veiligheid en Justitie', ministry: 'jenv', from: RUTTE_I, to: '2015-03-10' },
  { name: 'Fred Teeven', post: 'staatssecretaris van Veiligheid en Justitie', ministry: 'jenv', from: RUTTE_I, to: '2015-03-10' },
  { name: 'Jan Kees de Jager', post: 'minister van Financiën', ministry: 'fin', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Frans Weekers', post: 'staatssecretaris van Financiën', ministry: 'fin', from: RUTTE_I, to: '2014-01-30' }, // unsure: to
  { name: 'Hans Hillen', post: 'minister van Defensie', ministry: 'def', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Melanie Schultz van Haegen', post: 'minister van Infrastructuur en Milieu', ministry: 'ienw', from: RUTTE_I, to: dayBefore(RUTTE_III) },
  { name: 'Joop Atsma', post: 'staatssecretaris van Infrastructuur en Milieu', ministry: 'ienw', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Marja van Bijsterveldt', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Halbe Zijlstra', post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Henk Kamp', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Paul de Krom', post: 'staatssecretaris van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_I, to: dayBefore(RUTTE_II) },
  { name: 'Edith Schippers', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: RUTTE_I, to: dayBefore(RUTTE_III) },
  {
    name: 'Marlies Veldhuijzen van Zanten',
    post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport',
    ministry: 'vws',
    from: RUTTE_I,
    to: dayBefore(RUTTE_II),
  },

  // ── Rutte II (5 November 2012 – 26 October 2017)
  { name: 'Lodewijk Asscher', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Jetta Klijnsma', post: 'staatssecretaris van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Frans Timmermans', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: RUTTE_II, to: '2014-10-16' }, // unsure: to
  { name: 'Bert Koenders', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2014-10-17', to: dayBefore(RUTTE_III) }, // unsure: from
  {
    name: 'Lilianne Ploumen',
    post: 'minister voor Buitenlandse Handel en Ontwikkelingssamenwerking',
    ministry: 'bz',
    from: RUTTE_II,
    to: dayBefore(RUTTE_III),
  },
  { name: 'Ronald Plasterk', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Stef Blok', post: 'minister voor Wonen en Rijksdienst', ministry: 'bzk', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Ard van der Steur', post: 'minister van Veiligheid en Justitie', ministry: 'jenv', from: '2015-03-20', to: '2017-01-27' }, // unsure: to
  { name: 'Stef Blok', post: 'minister van Veiligheid en Justitie', ministry: 'jenv', from: '2017-01-31', to: dayBefore(RUTTE_III) }, // unsure: from
  { name: 'Klaas Dijkhoff', post: 'staatssecretaris van Veiligheid en Justitie', ministry: 'jenv', from: '2015-03-20', to: dayBefore(RUTTE_III) },
  { name: 'Jeroen Dijsselbloem', post: 'minister van Financiën', ministry: 'fin', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Eric Wiebes', post: 'staatssecretaris van Financiën', ministry: 'fin', from: '2014-02-03', to: dayBefore(RUTTE_III) }, // unsure: from
  { name: 'Jeanine Hennis-Plasschaert', post: 'minister van Defensie', ministry: 'def', from: RUTTE_II, to: '2017-10-03' }, // unsure: to
  { name: 'Klaas Dijkhoff', post: 'minister van Defensie', ministry: 'def', from: '2017-10-04', to: dayBefore(RUTTE_III) }, // unsure: from
  { name: 'Henk Kamp', post: 'minister van Economische Zaken', ministry: 'ez', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Sharon Dijksma', post: 'staatssecretaris van Economische Zaken', ministry: 'ez', from: RUTTE_II, to: '2015-11-03' }, // unsure: to
  { name: 'Martijn van Dam', post: 'staatssecretaris van Economische Zaken', ministry: 'ez', from: '2015-11-04', to: dayBefore(RUTTE_III) }, // unsure: from
  { name: 'Wilma Mansveld', post: 'staatssecretaris van Infrastructuur en Milieu', ministry: 'ienw', from: RUTTE_II, to: '2015-10-30' }, // unsure: to
  { name: 'Sharon Dijksma', post: 'staatssecretaris van Infrastructuur en Milieu', ministry: 'ienw', from: '2015-11-04', to: dayBefore(RUTTE_III) }, // unsure: from
  { name: 'Jet Bussemaker', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Sander Dekker', post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_II, to: dayBefore(RUTTE_III) },
  { name: 'Martin van Rijn', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: RUTTE_II, to: dayBefore(RUTTE_III) },

  // ── Rutte III (26 October 2017 – 10 January 2022)
  { name: 'Hugo de Jonge', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Kajsa Ollongren', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Raymond Knops', post: 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Carola Schouten', post: 'minister van Landbouw, Natuur en Voedselkwaliteit', ministry: 'lnv', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Halbe Zijlstra', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: RUTTE_III, to: '2018-02-13' },
  { name: 'Stef Blok', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2018-03-07', to: '2021-05-24' }, // unsure: to
  { name: 'Sigrid Kaag', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2021-05-25', to: '2021-09-17' }, // unsure: from
  { name: 'Ben Knapen', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2021-09-24', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Sigrid Kaag', post: 'minister voor Buitenlandse Handel en Ontwikkelingssamenwerking', ministry: 'bz', from: RUTTE_III, to: '2021-08-09' }, // unsure: to
  {
    name: 'Tom de Bruijn',
    post: 'minister voor Buitenlandse Handel en Ontwikkelingssamenwerking',
    ministry: 'bz',
    from: '2021-08-10',
    to: dayBefore(RUTTE_IV),
  },
  { name: 'Ferdinand Grapperhaus', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Sander Dekker', post: 'minister voor Rechtsbescherming', ministry: 'jenv', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Mark Harbers', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: RUTTE_III, to: '2019-05-21' }, // unsure: to
  { name: 'Ankie Broekers-Knol', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: '2019-06-04', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Wopke Hoekstra', post: 'minister van Financiën', ministry: 'fin', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Menno Snel', post: 'staatssecretaris van Financiën', ministry: 'fin', from: RUTTE_III, to: '2019-12-18' }, // unsure: to
  { name: 'Hans Vijlbrief', post: 'staatssecretaris van Financiën', ministry: 'fin', from: '2020-01-10', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Alexandra van Huffelen', post: 'staatssecretaris van Financiën', ministry: 'fin', from: '2020-01-10', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Ank Bijleveld', post: 'minister van Defensie', ministry: 'def', from: RUTTE_III, to: '2021-09-17' }, // unsure: to
  { name: 'Henk Kamp', post: 'minister van Defensie', ministry: 'def', from: '2021-09-24', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Barbara Visser', post: 'staatssecretaris van Defensie', ministry: 'def', from: RUTTE_III, to: '2021-09-23' }, // unsure: to
  { name: 'Christophe van der Maat', post: 'staatssecretaris van Defensie', ministry: 'def', from: '2021-09-24', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Eric Wiebes', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: RUTTE_III, to: '2021-01-15' },
  { name: 'Bas van ’t Wout', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: '2021-01-18', to: '2021-05-24' }, // unsure: both
  { name: 'Stef Blok', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: '2021-05-25', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Mona Keijzer', post: 'staatssecretaris van Economische Zaken en Klimaat', ministry: 'ez', from: RUTTE_III, to: '2021-09-25' },
  { name: 'Cora van Nieuwenhuizen', post: 'minister van Infrastructuur en Waterstaat', ministry: 'ienw', from: RUTTE_III, to: '2021-09-01' }, // unsure: to
  { name: 'Barbara Visser', post: 'minister van Infrastructuur en Waterstaat', ministry: 'ienw', from: '2021-09-24', to: dayBefore(RUTTE_IV) }, // unsure: from
  { name: 'Stientje van Veldhoven', post: 'staatssecretaris van Infrastructuur en Waterstaat', ministry: 'ienw', from: RUTTE_III, to: '2021-05-24' }, // unsure: to
  { name: 'Steven van Weyenberg', post: 'staatssecretaris van Infrastructuur en Waterstaat', ministry: 'ienw', from: '2021-08-10', to: dayBefore(RUTTE_IV) },
  { name: 'Ingrid van Engelshoven', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Arie Slob', post: 'minister voor Basis- en Voortgezet Onderwijs en Media', ministry: 'ocw', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Wouter Koolmees', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_III, to: dayBefore(RUTTE_IV) },
  { name: 'Tamara van Ark', post: 'staatssecretaris van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_III, to: '2020-07-08' }, // unsure: to
  { name: 'Bas van ’t Wout', post: 'staatssecretaris van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: '2020-07-09', to: '2021-01-17' }, // unsure: both
  { name: 'Dennis Wiersma', post: 'staatssecretaris van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: '2021-08-10', to: dayBefore(RUTTE_IV) },
  { name: 'Bruno Bruins', post: 'minister voor Medische Zorg en Sport', ministry: 'vws', from: RUTTE_III, to: '2020-03-20' }, // unsure: to
  { name: 'Martin van Rijn', post: 'minister voor Medische Zorg', ministry: 'vws', from: '2020-03-23', to: '2020-07-08' }, // unsure: both
  { name: 'Tamara van Ark', post: 'minister voor Medische Zorg en Sport', ministry: 'vws', from: '2020-07-09', to: '2021-09-24' }, // unsure: to
  { name: 'Paul Blokhuis', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: RUTTE_III, to: dayBefore(RUTTE_IV) },

  // ── Rutte IV (10 January 2022 – 2 July 2024)
  { name: 'Wopke Hoekstra', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: RUTTE_IV, to: '2023-09-01' }, // unsure: to
  { name: 'Hanke Bruins Slot', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2023-09-05', to: dayBefore(SCHOOF) }, // unsure: from
  {
    name: 'Liesje Schreinemacher',
    post: 'minister voor Buitenlandse Handel en Ontwikkelingssamenwerking',
    ministry: 'bz',
    from: RUTTE_IV,
    to: dayBefore(SCHOOF),
  },
  { name: 'Sigrid Kaag', post: 'minister van Financiën', ministry: 'fin', from: RUTTE_IV, to: '2024-01-07' }, // unsure: to
  { name: 'Steven van Weyenberg', post: 'minister van Financiën', ministry: 'fin', from: '2024-01-08', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Marnix van Rij', post: 'staatssecretaris van Financiën', ministry: 'fin', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Aukje de Vries', post: 'staatssecretaris van Financiën', ministry: 'fin', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Carola Schouten', post: 'minister voor Armoedebeleid, Participatie en Pensioenen', ministry: 'szw', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Karien van Gennip', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Hanke Bruins Slot', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: RUTTE_IV, to: '2023-09-04' }, // unsure: to
  { name: 'Hugo de Jonge', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: '2023-09-05', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Hugo de Jonge', post: 'minister voor Volkshuisvesting en Ruimtelijke Ordening', ministry: 'bzk', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  {
    name: 'Alexandra van Huffelen',
    post: 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties',
    ministry: 'bzk',
    from: RUTTE_IV,
    to: dayBefore(SCHOOF),
  },
  { name: 'Dilan Yeşilgöz-Zegerius', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Franc Weerwind', post: 'minister voor Rechtsbescherming', ministry: 'jenv', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Eric van der Burg', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Kajsa Ollongren', post: 'minister van Defensie', ministry: 'def', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Micky Adriaansens', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Rob Jetten', post: 'minister voor Klimaat en Energie', ministry: 'ez', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Hans Vijlbrief', post: 'staatssecretaris van Economische Zaken en Klimaat', ministry: 'ez', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Mark Harbers', post: 'minister van Infrastructuur en Waterstaat', ministry: 'ienw', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Vivianne Heijnen', post: 'staatssecretaris van Infrastructuur en Waterstaat', ministry: 'ienw', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Robbert Dijkgraaf', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Dennis Wiersma', post: 'minister voor Primair en Voortgezet Onderwijs', ministry: 'ocw', from: RUTTE_IV, to: '2023-06-20' }, // unsure: to
  { name: 'Mariëlle Paul', post: 'minister voor Primair en Voortgezet Onderwijs', ministry: 'ocw', from: '2023-07-10', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Gunay Uslu', post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: RUTTE_IV, to: '2024-01-01' }, // unsure: to
  {
    name: 'Fleur Gräper-van Koolwijk',
    post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap',
    ministry: 'ocw',
    from: '2024-01-08',
    to: dayBefore(SCHOOF),
  }, // unsure: from
  { name: 'Ernst Kuipers', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: RUTTE_IV, to: '2024-01-07' }, // unsure: to
  { name: 'Conny Helder', post: 'minister voor Langdurige Zorg en Sport', ministry: 'vws', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Conny Helder', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: '2024-01-08', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Pia Dijkstra', post: 'minister voor Medische Zorg', ministry: 'vws', from: '2024-01-08', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Maarten van Ooijen', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: RUTTE_IV, to: dayBefore(SCHOOF) },
  { name: 'Henk Staghouwer', post: 'minister van Landbouw, Natuur en Voedselkwaliteit', ministry: 'lnv', from: RUTTE_IV, to: '2022-09-05' }, // unsure: to
  { name: 'Piet Adema', post: 'minister van Landbouw, Natuur en Voedselkwaliteit', ministry: 'lnv', from: '2022-09-19', to: dayBefore(SCHOOF) }, // unsure: from
  { name: 'Christianne van der Wal-Zeggelink', post: 'minister voor Natuur en Stikstof', ministry: 'lnv', from: RUTTE_IV, to: dayBefore(SCHOOF) },

  // ── Schoof (2 July 2024 – 23 February 2026); PVV left on 3 June 2025, NSC on 22 August 2025
  { name: 'Fleur Agema', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: SCHOOF, to: PVV_LEFT },
  { name: 'Daniëlle Jansen', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: REPLACED_PVV, to: NSC_LEFT },
  { name: 'Jan Anthonie Bruijn', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Vincent Karremans', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: SCHOOF, to: dayBefore(REPLACED_PVV) },
  { name: 'Vicky Maeijer', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: SCHOOF, to: PVV_LEFT },
  { name: 'Judith Tielen', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: REPLACED_PVV, to: dayBefore(JETTEN) },
  { name: 'Nicki Pouw-Verweij', post: 'staatssecretaris van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: REPLACED_PVV, to: dayBefore(JETTEN) },
  { name: 'Eddy van Hijum', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: SCHOOF, to: NSC_LEFT },
  { name: 'Mariëlle Paul', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Jurgen Nobel', post: 'staatssecretaris van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: SCHOOF, to: dayBefore(JETTEN) },
  { name: 'Sophie Hermans', post: 'minister van Klimaat en Groene Groei', ministry: 'kgg', from: SCHOOF, to: dayBefore(JETTEN) },
  { name: 'Mona Keijzer', post: 'minister van Volkshuisvesting en Ruimtelijke Ordening', ministry: 'vro', from: SCHOOF, to: dayBefore(JETTEN) },
  { name: 'Caspar Veldkamp', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: SCHOOF, to: NSC_LEFT },
  { name: 'David van Weel', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Reinette Klever', post: 'minister voor Buitenlandse Handel en Ontwikkelingshulp', ministry: 'bz', from: SCHOOF, to: PVV_LEFT },
  { name: 'Hanneke Boerma', post: 'staatssecretaris van Buitenlandse Zaken', ministry: 'bz', from: REPLACED_PVV, to: NSC_LEFT },
  { name: 'Aukje de Vries', post: 'staatssecretaris van Buitenlandse Zaken', ministry: 'bz', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Judith Uitermark', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: SCHOOF, to: NSC_LEFT },
  { name: 'Frank Rijkaart', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Zsolt Szabó', post: 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: SCHOOF, to: PVV_LEFT },
  { name: 'David van Weel', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: SCHOOF, to: dayBefore(REPLACED_NSC) },
  { name: 'Foort van Oosten', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Ingrid Coenradie', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: SCHOOF, to: PVV_LEFT },
  { name: 'Teun Struycken', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: SCHOOF, to: NSC_LEFT },
  { name: 'Arno Rutte', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Marjolein Faber-van de Klashorst', post: 'minister van Asiel en Migratie', ministry: 'aenm', from: SCHOOF, to: PVV_LEFT },
  // From 19 June 2025 Faber's portfolio was shared out among Van Weel, Van Hijum and Keijzer (Kabinet van de Koning, 19 June 2025).
  { name: 'David van Weel', post: 'minister van Asiel en Migratie', ministry: 'aenm', from: REPLACED_PVV, to: dayBefore(JETTEN) }, // unsure: whether he kept it after 5 September 2025
  { name: 'Ruben Brekelmans', post: 'minister van Defensie', ministry: 'def', from: SCHOOF, to: dayBefore(JETTEN) },
  { name: 'Gijs Tuinman', post: 'staatssecretaris van Defensie', ministry: 'def', from: SCHOOF, to: dayBefore(JETTEN) }, // unsure: to
  { name: 'Eelco Heinen', post: 'minister van Financiën', ministry: 'fin', from: SCHOOF, to: null },
  { name: 'Folkert Idsinga', post: 'staatssecretaris van Financiën', ministry: 'fin', from: SCHOOF, to: '2024-12-06' }, // unsure: to
  { name: 'Nora Achahbar', post: 'staatssecretaris van Financiën', ministry: 'fin', from: SCHOOF, to: '2024-11-15' },
  { name: 'Tjebbe van Oostenbruggen', post: 'staatssecretaris van Financiën', ministry: 'fin', from: '2024-12-10', to: NSC_LEFT }, // unsure: from
  { name: 'Sandra Palmen', post: 'staatssecretaris van Financiën', ministry: 'fin', from: '2024-12-10', to: NSC_LEFT }, // unsure: from
  { name: 'Sandra Palmen', post: 'staatssecretaris van Financiën', ministry: 'fin', from: REPLACED_NSC, to: null },
  { name: 'Eugène Heijnen', post: 'staatssecretaris van Financiën', ministry: 'fin', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Dirk Beljaarts', post: 'minister van Economische Zaken', ministry: 'ez', from: SCHOOF, to: PVV_LEFT },
  { name: 'Vincent Karremans', post: 'minister van Economische Zaken', ministry: 'ez', from: REPLACED_PVV, to: dayBefore(JETTEN) },
  { name: 'Barry Madlener', post: 'minister van Infrastructuur en Waterstaat', ministry: 'ienw', from: SCHOOF, to: PVV_LEFT },
  { name: 'Robert Tieman', post: 'minister van Infrastructuur en Waterstaat', ministry: 'ienw', from: REPLACED_PVV, to: dayBefore(JETTEN) },
  { name: 'Chris Jansen', post: 'staatssecretaris van Infrastructuur en Waterstaat', ministry: 'ienw', from: SCHOOF, to: PVV_LEFT },
  { name: 'Thierry Aartsen', post: 'staatssecretaris van Infrastructuur en Waterstaat', ministry: 'ienw', from: REPLACED_PVV, to: dayBefore(JETTEN) },
  { name: 'Eppo Bruins', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: SCHOOF, to: NSC_LEFT },
  { name: 'Gouke Moes', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Mariëlle Paul', post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: SCHOOF, to: dayBefore(REPLACED_NSC) },
  { name: 'Koen Becking', post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: REPLACED_NSC, to: dayBefore(JETTEN) },
  { name: 'Femke Wiersma', post: 'minister van Landbouw, Visserij, Voedselzekerheid en Natuur', ministry: 'lnv', from: SCHOOF, to: dayBefore(JETTEN) },
  { name: 'Jean Rummenie', post: 'staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur', ministry: 'lnv', from: SCHOOF, to: dayBefore(JETTEN) },

  // ── Jetten (from 23 February 2026; ministers complete, staatssecretarissen as far as the sources name them)
  { name: 'Tom Berendsen', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: JETTEN, to: null },
  { name: 'Sjoerd Sjoerdsma', post: 'minister voor Buitenlandse Handel en Ontwikkelingssamenwerking', ministry: 'bz', from: JETTEN, to: null },
  { name: 'David van Weel', post: 'minister van Justitie en Veiligheid', ministry: 'jenv', from: JETTEN, to: null },
  { name: 'Bart van den Brink', post: 'minister van Asiel en Migratie', ministry: 'jenv', from: JETTEN, to: null },
  { name: 'Claudia van Bruggen', post: 'staatssecretaris van Justitie en Veiligheid', ministry: 'jenv', from: JETTEN, to: null },
  { name: 'Pieter Heerma', post: 'minister van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: JETTEN, to: null },
  { name: 'Elanor Boekholt-O’Sullivan', post: 'minister van Volkshuisvesting en Ruimtelijke Ordening', ministry: 'bzk', from: JETTEN, to: null },
  { name: 'Eric van der Burg', post: 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties', ministry: 'bzk', from: JETTEN, to: null },
  { name: 'Rianne Letschert', post: 'minister van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: JETTEN, to: null },
  { name: 'Judith Tielen', post: 'staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministry: 'ocw', from: JETTEN, to: null },
  { name: 'Nathalie van Berkel', post: 'staatssecretaris van Financiën', ministry: 'fin', from: JETTEN, to: null },
  { name: 'Dilan Yeşilgöz-Zegerius', post: 'minister van Defensie', ministry: 'def', from: JETTEN, to: null },
  { name: 'Heleen Herbert', post: 'minister van Economische Zaken en Klimaat', ministry: 'ez', from: JETTEN, to: null },
  { name: 'Stientje van Veldhoven', post: 'minister van Klimaat en Groene Groei', ministry: 'ez', from: JETTEN, to: null },
  { name: 'Jaimi van Essen', post: 'minister van Landbouw, Visserij, Voedselzekerheid en Natuur', ministry: 'lnv', from: JETTEN, to: null }, // unsure: the post's exact name
  { name: 'Hans Vijlbrief', post: 'minister van Sociale Zaken en Werkgelegenheid', ministry: 'szw', from: JETTEN, to: null },
  { name: 'Thierry Aartsen', post: 'minister van Werk en Participatie', ministry: 'szw', from: JETTEN, to: null },
  { name: 'Mirjam Sterk', post: 'minister van Langdurige Zorg, Jeugd en Sport', ministry: 'vws', from: JETTEN, to: null },
  { name: 'Sophie Hermans', post: 'minister van Volksgezondheid, Welzijn en Sport', ministry: 'vws', from: JETTEN, to: null }, // unsure: the source's line is cut after "Volksg…"
  { name: 'Vincent Karremans', post: 'minister van Infrastructuur en Waterstaat', ministry: 'ienw', from: JETTEN, to: null },
]);
