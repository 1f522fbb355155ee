import { MINISTRIES, type MinistryDefinition } from './ministry-catalogue.js';

/**
 * The ministry a government role belongs to: "minister buitenlandse zaken", "Minister van Justitie en Veiligheid",
 * "staatssecretaris voor Koninkrijksrelaties en Digitalisering", "minister-president". A role that names two posts
 * ("viceminister-president, minister buitenlandse zaken") belongs to the more specific one, so "vice" posts are skipped.
 */
export function ministryFromRole(role: string | null | undefined): MinistryDefinition | null {
  if (!role) return null;
  const parts = role
    .toLowerCase()
    .split(/[,;]| en (?=minister|staatssecretaris)/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !part.startsWith('vice'));
  for (const part of parts.length > 0 ? parts : [role.toLowerCase()]) {
    for (const ministry of MINISTRIES) {
      if (ministry.aliases.some((alias) => part.includes(alias))) return ministry;
    }
  }
  return null;
}
