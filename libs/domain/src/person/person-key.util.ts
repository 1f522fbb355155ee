// Documents name the same person differently: "Sjoerd Sjoerdsma" in a listing, "Sjoerdsma" in an answer,
// "Jeanet van der Laan" and "Van der Laan". The key is the surname with its tussenvoegsel, lower-case and
// without accents, so those meet. Two members who share a surname share a key; the longest name seen is
// kept for display.

const PARTICLES = new Set(['van', 'der', 'den', 'de', 'ten', 'ter', 'te', "'t", 'in', 'op', 'het']);

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The surname part of a name, tussenvoegsel included: "Jeanet van der Laan" → "van der Laan". */
export function surnameOf(name: string): string {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length <= 1) return name.trim();
  // "Van der Staaij", "De Hoop": a name that starts with a capitalised particle is a surname already.
  if (PARTICLES.has(fold(tokens[0]))) return tokens.join(' ');
  // "Marjolein Faber – van de Klashorst": a loose dash joins two surnames.
  const dash = tokens.findIndex((t) => t === '–' || t === '-');
  if (dash > 0) return tokens.slice(dash - 1).join(' ');
  // "Marjolein Faber-van de Klashorst": a particle joined by a hyphen continues a double surname.
  const joined = tokens.findIndex((t, i) => i > 0 && /-(van|de|der|den|ten|ter|te)$/i.test(t));
  if (joined > 0) return tokens.slice(joined).join(' ');
  const particle = tokens.findIndex((t, i) => i > 0 && PARTICLES.has(t));
  if (particle > 0) return tokens.slice(particle).join(' ');
  return tokens[tokens.length - 1];
}

export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function personKey(name: string): string {
  return slugify(surnameOf(name));
}
