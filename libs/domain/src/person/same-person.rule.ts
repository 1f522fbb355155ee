import { surnameOf } from './person-key.util.js';

// Documents name one person in several ways ("Ceder" in a page, "Don Ceder" in a listing), and two people by one
// surname ("Chris Jansen", staatssecretaris, and "Daniëlle Jansen", minister). Names that share a surname key are one
// person only when nothing says otherwise: their given names, where both give one, start alike, and their parties,
// where both are known, are the same. Members who change party therefore get a second record: a split is visible and
// harmless, while merging two people would put one's questions under the other.

function givenInitial(name: string): string | null {
  const surname = surnameOf(name);
  const given = name
    .trim()
    .slice(0, name.trim().length - surname.length)
    .trim();
  return given.length > 0 ? given.normalize('NFD').charAt(0).toLowerCase() : null;
}

/** Whether a stored person (name, party) can be the one a document names (name, party), their surname keys being equal. */
export function samePerson(stored: { name: string; partyId: number | null }, named: { name: string; partyId: number | null }): boolean {
  const a = givenInitial(stored.name);
  const b = givenInitial(named.name);
  if (a !== null && b !== null && a !== b) return false;
  return stored.partyId === null || named.partyId === null || stored.partyId === named.partyId;
}
