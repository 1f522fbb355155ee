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

function variants(tableName: string): string[] {
  const full = fold(tableName);
  const hyphen = full.lastIndexOf('-');
  // "marjolein faber-van de klashorst" → also "marjolein faber"; "christianne van der wal-zeggelink" → "… van der wal".
  return hyphen > 0 ? [full, full.slice(0, hyphen)] : [full];
}

/** Whether a name as a document writes it can be the table's name (see above); never true for an empty name. */
export function bewindspersoonNameMatches(written: string, tableName: string): boolean {
  const name = fold(written);
  if (name.length === 0) return false;
  const spaceAt = name.indexOf(' ');
  const given = spaceAt > 0 ? name.slice(0, spaceAt) : null;
  const surname = spaceAt > 0 ? name.slice(spaceAt + 1) : name;
  return variants(tableName).some((candidate) => {
    if (candidate === name || candidate.endsWith(` ${name}`)) return true;
    // "Ferd Grapperhaus" for "Ferdinand Grapperhaus"; a lower-case particle ("van der Laan") is no given name.
    return given !== null && !/^(van|de|der|den|ten|ter|te|in|op|'t)$/.test(given) && candidate.endsWith(` ${surname}`) && candidate[0] === given[0];
  });
}
