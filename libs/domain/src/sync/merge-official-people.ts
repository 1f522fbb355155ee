import type { AddresseeRow, NamedPerson, StoredOfficialPeople } from '../import/question-set-changes.js';
import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { ministerLabel } from '../question-set/minister-label.util.js';
import type { OfficialActorFacts } from './official-facts.js';

// Pure: who a zaak's actors make submitters and addressees, and where the set is grouped. The record merges
// (merge-official-facts.ts) walk a set's actors through these steps; the repository writes the outcome.

const SUBMITTER_RELATIONS = new Set(['indiener', 'medeindiener']);
const ADDRESSEE_RELATION = 'gericht aan';

/** An addressee as the set shows it: the function ("minister van Financiën"), else the actor's name. */
const addresseeRole = (a: Pick<OfficialActorFacts, 'function' | 'name'>): string | null => (a.function ?? a.name)?.trim() || null;

/**
 * Every addressee of a zaak, once each, in a fixed order. ZaakActor has no order field of its own (XSD
 * tkData-v1-0-zaak; the API guarantees no row order), so: by ministry name, then by function.
 */
export function orderedAddressees(actors: readonly Pick<OfficialActorFacts, 'relation' | 'function' | 'name'>[]): string[] {
  const roles = actors
    .filter((a) => (a.relation ?? '').toLowerCase() === ADDRESSEE_RELATION)
    .map(addresseeRole)
    .filter((r): r is string => r !== null);
  const ministryOf = (role: string) => ministryFromRole(role)?.name ?? '\uffff';
  return [...new Set(roles)].sort((a, b) => ministryOf(a).localeCompare(ministryOf(b), 'nl') || a.toLowerCase().localeCompare(b.toLowerCase(), 'nl'));
}

/** Indiener first, then the Medeindieners by name: the API gives the rows in no guaranteed order. */
export function orderedSubmitters(actors: readonly OfficialActorFacts[]): NamedPerson[] {
  return actors
    .filter((a) => SUBMITTER_RELATIONS.has((a.relation ?? '').toLowerCase()) && a.name)
    .sort(
      (a, b) =>
        Number((a.relation ?? '').toLowerCase() !== 'indiener') - Number((b.relation ?? '').toLowerCase() !== 'indiener') ||
        a.name!.localeCompare(b.name!, 'nl'),
    )
    .map((a) => ({ name: a.name!, party: a.party }));
}

export const sameActor = (row: OfficialActorFacts, a: OfficialActorFacts): boolean =>
  row.relation === a.relation && row.name === a.name && row.party === a.party && row.function === a.function;

/**
 * A set's addressees and grouping as the merge walks through the actors' changes. Each step is what one write of
 * the earlier writer left in the database, so a walk of several steps ends where that writer's writes ended.
 */
export class OfficialPeopleWalk {
  addressees: AddresseeRow[];
  ministerLabel: string | null;
  ministrySlug: string | null;
  /** Submitters the removed actors named, for the repository to unlink. */
  readonly removedSubmitters: NamedPerson[] = [];

  constructor(private readonly stored: StoredOfficialPeople) {
    this.addressees = stored.addressees;
    this.ministerLabel = stored.row.ministerLabel;
    this.ministrySlug = stored.ministrySlug;
  }

  /** A ZaakActor that is gone: its submitter is unlinked and its addressee row removed (the others keep their positions). */
  remove(actor: OfficialActorFacts): void {
    const relation = (actor.relation ?? '').toLowerCase();
    if (SUBMITTER_RELATIONS.has(relation) && actor.name) this.removedSubmitters.push({ name: actor.name, party: actor.party });
    const role = relation === ADDRESSEE_RELATION ? addresseeRole(actor) : null;
    if (role) this.addressees = this.addressees.filter((a) => a.role !== role);
  }

  /** The addressees become exactly the official ones, in the fixed order; grouped under the first until someone answers. */
  derive(actors: readonly OfficialActorFacts[]): void {
    const roles = orderedAddressees(actors);
    if (roles.length === 0) return;
    const rows = roles.map((role, position) => ({ role, ministrySlug: ministryFromRole(role)?.slug ?? null, position }));
    const unchanged =
      this.addressees.length === rows.length &&
      this.addressees.every((a, i) => a.role === rows[i].role && a.position === i && a.ministrySlug === rows[i].ministrySlug);
    if (!unchanged) this.addressees = rows;
    // The first addressee whose ministry is known, so a set whose zaak names an addressee is never grouped as unknown.
    const first = rows.find((r) => r.ministrySlug !== null) ?? rows[0];
    if (this.stored.answered) return;
    this.ministerLabel = ministerLabel(first.role, null);
    this.ministrySlug = first.ministrySlug;
  }

  /** The stored addressees when the walk ended elsewhere; null when they stay. */
  changedAddressees(): AddresseeRow[] | null {
    const stored = this.stored.addressees;
    const same =
      stored.length === this.addressees.length &&
      stored.every(
        (a, i) => a.role === this.addressees[i].role && a.position === this.addressees[i].position && a.ministrySlug === this.addressees[i].ministrySlug,
      );
    return same ? null : this.addressees;
  }

  /** The grouping fields that differ from the stored row's. */
  groupingPatch(): { ministerLabel?: string | null; ministrySlug?: string | null } {
    const changed = this.ministerLabel !== this.stored.row.ministerLabel || this.ministrySlug !== this.stored.ministrySlug;
    return changed ? { ministerLabel: this.ministerLabel, ministrySlug: this.ministrySlug } : {};
  }
}
