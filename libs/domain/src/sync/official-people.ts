import type { EntityManager } from 'typeorm';
import { ministryFromRole } from '../ministry/ministry-from-role.util.js';
import { ministerLabel } from '../question-set/minister-label.util.js';
import type { QuestionSetWriteRepository } from '../question-set/question-set-write.repository.js';
import { QuestionSetAddresseeEntity, QuestionSetAnswererEntity, QuestionSetSubmitterEntity } from '../question-set/question-set-link.entities.js';
import type { QuestionSetEntity } from '../question-set/question-set.entity.js';
import type { OfficialActorFacts } from './official-facts.js';
import { OfficialActorEntity } from './sync.entities.js';

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
export function orderedSubmitters(actors: readonly OfficialActorFacts[]): { name: string; party: string | null }[] {
  return actors
    .filter((a) => SUBMITTER_RELATIONS.has((a.relation ?? '').toLowerCase()) && a.name)
    .sort(
      (a, b) =>
        Number((a.relation ?? '').toLowerCase() !== 'indiener') - Number((b.relation ?? '').toLowerCase() !== 'indiener') ||
        a.name!.localeCompare(b.name!, 'nl'),
    )
    .map((a) => ({ name: a.name!, party: a.party }));
}

const same = (row: OfficialActorEntity, a: OfficialActorFacts) =>
  row.relation === a.relation && row.name === a.name && row.party === a.party && row.function === a.function;

/**
 * The set's ZaakActors, kept as the API gives them, and the submitters and addressees derived from them. Writes
 * nothing when nothing changed, so a record read twice (the Zaak with its actors, then the ZaakActor itself) is free.
 */
export class OfficialPeople {
  constructor(
    private readonly manager: EntityManager,
    private readonly repo: QuestionSetWriteRepository,
  ) {}

  /** The zaak's full list of actors (from `$expand=ZaakActor`): rows no longer listed are removed. Returns whether anything changed. */
  async replaceActors(set: QuestionSetEntity, actors: OfficialActorFacts[], newSet = false): Promise<boolean> {
    const table = this.manager.getRepository(OfficialActorEntity);
    if (newSet) {
      // Nothing stored yet for a set made just now: write the actors and derive from them without reading back.
      if (actors.length === 0) return false;
      await table.insert(actors.map((a) => ({ ...a, questionSetId: set.id })));
      await this.derive(
        set,
        actors.map((a) => ({ ...a, questionSetId: set.id })),
        true,
      );
      return true;
    }
    const stored = await table.find({ where: { questionSetId: set.id } });
    const listed = new Set(actors.map((a) => a.apiId));
    const gone = stored.filter((row) => !listed.has(row.apiId));
    let changed = false;
    for (const row of gone) changed = (await this.removeActor(set, row)) || changed;
    const byId = new Map(stored.map((row) => [row.apiId, row]));
    const fresh = actors.filter((a) => !byId.has(a.apiId) || !same(byId.get(a.apiId)!, a));
    if (fresh.length > 0) {
      await table.upsert(
        fresh.map((a) => ({ ...a, questionSetId: set.id })),
        ['apiId'],
      );
      changed = true;
    }
    if (changed) await this.derive(set);
    return changed;
  }

  /** One ZaakActor read on its own feed (added or changed while its Zaak did not change). */
  async upsertActor(set: QuestionSetEntity, actor: OfficialActorFacts): Promise<boolean> {
    const table = this.manager.getRepository(OfficialActorEntity);
    const row = await table.findOne({ where: { apiId: actor.apiId } });
    if (row && row.questionSetId === set.id && same(row, actor)) return false;
    await table.upsert({ ...actor, questionSetId: set.id }, ['apiId']);
    await this.derive(set);
    return true;
  }

  /** A deleted ZaakActor: its row goes, and the submitter or addressee it gave the set. */
  async removeActor(set: QuestionSetEntity, row: OfficialActorEntity): Promise<boolean> {
    await this.manager.getRepository(OfficialActorEntity).delete({ apiId: row.apiId });
    const relation = (row.relation ?? '').toLowerCase();
    if (SUBMITTER_RELATIONS.has(relation) && row.name) {
      const personId = await this.repo.personId(row.name, await this.repo.partyId(row.party));
      await this.manager.getRepository(QuestionSetSubmitterEntity).delete({ questionSetId: set.id, personId });
    }
    if (relation === ADDRESSEE_RELATION) {
      const role = addresseeRole(row);
      if (role) await this.manager.getRepository(QuestionSetAddresseeEntity).delete({ questionSetId: set.id, role });
    }
    await this.derive(set);
    return true;
  }

  /** After a parsed text merged its own names: the addressees go back to the official ones, where the zaak has any. */
  async reassert(set: QuestionSetEntity): Promise<void> {
    await this.derive(set);
  }

  /** Submitters added in the Kamer's order; the addressees are exactly the official ones, in the fixed order. */
  private async derive(set: QuestionSetEntity, given: OfficialActorEntity[] | null = null, newSet = false): Promise<void> {
    const actors = given ?? (await this.manager.getRepository(OfficialActorEntity).find({ where: { questionSetId: set.id } }));
    const submitterTable = this.manager.getRepository(QuestionSetSubmitterEntity);
    const known = new Set(newSet ? [] : (await submitterTable.find({ where: { questionSetId: set.id } })).map((s) => s.personId));
    for (const submitter of orderedSubmitters(actors)) {
      const partyId = await this.repo.partyId(submitter.party);
      const personId = await this.repo.personId(submitter.name, partyId);
      if (known.has(personId)) continue;
      await this.repo.insertSubmitter({ questionSetId: set.id, personId, position: known.size, partyId });
      known.add(personId);
    }

    const roles = orderedAddressees(actors);
    if (roles.length === 0) return;
    const addresseeTable = this.manager.getRepository(QuestionSetAddresseeEntity);
    const rows: QuestionSetAddresseeEntity[] = [];
    for (const [position, role] of roles.entries()) {
      rows.push({ questionSetId: set.id, role, ministryId: await this.repo.ministryId(ministryFromRole(role)?.slug ?? null), position });
    }
    const stored = newSet ? [] : await addresseeTable.find({ where: { questionSetId: set.id }, order: { position: 'ASC' } });
    const unchanged =
      stored.length === rows.length && stored.every((r, i) => r.role === rows[i].role && r.position === i && r.ministryId === rows[i].ministryId);
    if (!unchanged) {
      if (!newSet) await addresseeTable.delete({ questionSetId: set.id });
      await this.repo.insertAddressees(rows);
    }
    // Grouped under the first addressee until someone answers (an answerer from a parsed text then takes over).
    const answered = !newSet && (await this.manager.getRepository(QuestionSetAnswererEntity).count({ where: { questionSetId: set.id } })) > 0;
    // The first addressee whose ministry is known, so a set whose zaak names an addressee is never grouped as unknown.
    const first = rows.find((r) => r.ministryId !== null) ?? rows[0];
    const label = ministerLabel(first.role, null);
    if (!answered && (set.ministerLabel !== label || set.ministryId !== first.ministryId)) {
      await this.repo.updateSet(set.id, { ministerLabel: label, ministryId: first.ministryId });
      Object.assign(set, { ministerLabel: label, ministryId: first.ministryId });
    }
  }
}
