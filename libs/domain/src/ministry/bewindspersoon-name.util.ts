// Documents name a bewindspersoon in many ways: "Grapperhaus", "Ferdinand Grapperhaus", "Ferd Grapperhaus",
// "Van der Wal-Zeggelink", "Faber – van de Klashorst", "Yeşilgöz", "Van ’t Wout". A written name matches a name of
// the table when, folded (lower case, no accents, one kind of dash and apostrophe), it is the whole name or its
// ending after a space (the surname with or without given names), also against the name without the part after a
// double surname's hyphen ("Faber" for "Faber-van de Klashorst"). Given names must then agree in their first letter.

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*[–—-]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// The table's names are few and fixed: each is folded once.
const tableVariants = new Map<string, string[]>();

function variants(tableName: string): string[] {
  let found = tableVariants.get(tableName);
  if (!found) {
    const full = fold(tableName);
    const hyphen = full.lastIndexOf('-');
    // "marjolein faber-van de klashorst" → also "marjolein faber"; "christianne van der wal-zeggelink" → "… van der wal".
    found = hyphen > 0 ? [full, full.slice(0, hyphen)] : [full];
    tableVariants.set(tableName, found);
  }
  return found;
}

// A written name, split once: postsOn compares each name a document gives with every name of the table. Documents
// repeat the same few names, so the cache stays small; it is emptied should it ever grow large.
interface WrittenName {
  name: string;
  /** The first word when it can be a given name (not a lower-case particle: "van der Laan"), else null. */
  given: string | null;
  surname: string;
}
const writtenNames = new Map<string, WrittenName>();
const MAX_WRITTEN_NAMES = 10_000;

function writtenName(written: string): WrittenName {
  let found = writtenNames.get(written);
  if (!found) {
    const name = fold(written);
    const spaceAt = name.indexOf(' ');
    const given = spaceAt > 0 ? name.slice(0, spaceAt) : null;
    found = {
      name,
      given: given !== null && !/^(van|de|der|den|ten|ter|te|in|op|'t)$/.test(given) ? given : null,
      surname: spaceAt > 0 ? name.slice(spaceAt + 1) : name,
    };
    if (writtenNames.size >= MAX_WRITTEN_NAMES) writtenNames.clear();
    writtenNames.set(written, found);
  }
  return found;
}

/** Whether a name as a document writes it can be the table's name (see above); never true for an empty name. */
export function bewindspersoonNameMatches(written: string, tableName: string): boolean {
  const { name, given, surname } = writtenName(written);
  if (name.length === 0) return false;
  return variants(tableName).some(
    // "Ferd Grapperhaus" for "Ferdinand Grapperhaus".
    (candidate) => candidate === name || candidate.endsWith(` ${name}`) || (given !== null && candidate.endsWith(` ${surname}`) && candidate[0] === given[0]),
  );
}
