import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, DocumentImportService } from '#domain';
import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { CommitmentQueryRepository } from '../../libs/domain/src/commitment/commitment-query.repository.js';
import { DirectoryRepository } from '../../libs/domain/src/dashboard/directory.repository.js';
import { sql } from '../support/sql.js';
import { createTestEnv, openTestDatabase, seedFiles } from '../support/test-env.js';

// SQLite sorts NULL first in ascending order, PostgreSQL last: where the order of undated rows matters, the code says
// which it wants, so both databases give the same answer.
describe('undated rows sort the same on both databases', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openTestDatabase(createTestEnv());
    const importer = new DocumentImportService(ds, DEFAULT_POLICY);
    for (const file of seedFiles()) await importer.importText(fs.readFileSync(file, 'utf8'), { filename: file });
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('lists a commitment without a due date first, then by due date', async () => {
    const [{ id }] = await sql<{ id: number }>(ds, `SELECT id FROM commitment ORDER BY id DESC LIMIT 1`);
    await sql(ds, `UPDATE commitment SET "dueDate" = NULL WHERE id = ?`, [id]);
    const rows = await new CommitmentQueryRepository(ds).find({});
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toMatchObject({ id: Number(id), dueDate: null });
    const dates = rows.slice(1).map((r) => r.dueDate);
    expect(dates).toEqual([...dates].sort());
  });

  it("shows a member's party from the latest dated set, not from an undated one", async () => {
    const [member] = await sql<{ personId: number; questionSetId: number; partyId: number; slug: string }>(
      ds,
      `SELECT s."personId", s."questionSetId", s."partyId", p.slug FROM question_set_submitter s JOIN person p ON p.id = s."personId" WHERE s."partyId" IS NOT NULL ORDER BY s."questionSetId" LIMIT 1`,
    );
    const [other] = await sql<{ id: number }>(ds, `SELECT id FROM party WHERE id <> ? ORDER BY id LIMIT 1`, [member.partyId]);
    const [undated] = await sql<{ id: number }>(
      ds,
      `SELECT id FROM question_set WHERE id NOT IN (SELECT "questionSetId" FROM question_set_submitter WHERE "personId" = ?) ORDER BY id LIMIT 1`,
      [member.personId],
    );
    const [before] = await new DirectoryRepository(ds).members(member.slug);
    await sql(ds, `UPDATE question_set SET "submittedOn" = NULL WHERE id = ?`, [undated.id]);
    await sql(ds, `INSERT INTO question_set_submitter ("questionSetId", "personId", position, "partyId") VALUES (?, ?, 99, ?)`, [
      undated.id,
      member.personId,
      other.id,
    ]);
    const [{ abbreviation }] = await sql<{ abbreviation: string }>(ds, `SELECT abbreviation FROM party WHERE id = ?`, [member.partyId]);
    const [view] = await new DirectoryRepository(ds).members(member.slug);
    expect(view).toMatchObject({ slug: member.slug, party: abbreviation, questionSets: before.questionSets + 1 });
  });
});
