import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommitmentService, DEFAULT_POLICY, DocumentImportService, InvalidInputError, NotFoundError } from '#domain';
import type { DataSource } from 'typeorm';
import { runCli } from '../support/run-cli.js';
import { createTestEnv, databaseVars, openTestDatabase, readSeed, seedFiles } from '../support/test-env.js';
import fs from 'node:fs';

describe('commitments: extraction stored, reviewed by people, kept across re-imports', () => {
  const env = createTestEnv();
  let ds: DataSource;
  let importer: DocumentImportService;
  let commitments: CommitmentService;

  beforeAll(async () => {
    ds = await openTestDatabase(env);
    importer = new DocumentImportService(ds, DEFAULT_POLICY);
    commitments = new CommitmentService(ds, DEFAULT_POLICY);
    for (const file of seedFiles()) await importer.importText(fs.readFileSync(file, 'utf8'));
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('stores the extracted commitments of the seeds with their due dates', async () => {
    const all = await commitments.list({ asOf: '2022-03-01' });
    const ocw = all.filter((c) => c.zaak === '2022Z01519');
    expect(ocw.map((c) => c.actor)).toEqual(['mijn collega van OCW', 'mijn collega van OCW', 'mijn collega van OCW']);
    expect(ocw.every((c) => c.strength === 'firm' && c.madeOn === '2022-02-28' && c.reviewState === 'extracted')).toBe(true);
    // No date stated: the policy's 90-day horizon, marked as implied.
    expect(ocw[0]).toMatchObject({ dueDate: '2022-05-29', dueImplied: true, status: 'open' });
    const seed003 = (await commitments.list({ asOf: '2022-07-01' })).find((c) => c.zaak === '2022Z11285');
    expect(seed003).toMatchObject({ actor: 'Nederland', dueText: 'juli 2022', dueDate: '2022-07-31', dueImplied: false });
    const soft = (await commitments.list({ asOf: '2022-04-08', zaak: '2021Z19796' })).filter((c) => c.strength === 'soft');
    expect(soft.length).toBeGreaterThanOrEqual(1);
    expect(soft[0].text).toContain('nader bezien');
  });

  it('tells open from overdue as of a date', async () => {
    const asOfLater = await commitments.list({ asOf: '2022-08-01', zaak: '2022Z11285' });
    expect(asOfLater.map((c) => c.status)).toEqual(['overdue']);
    const before = await commitments.list({ asOf: '2022-07-15', zaak: '2022Z11285' });
    expect(before.map((c) => c.status)).toEqual(['open']);
    const overdue = await commitments.list({ asOf: '2022-08-01', statuses: ['overdue'] });
    expect(overdue.map((c) => c.zaak)).toContain('2022Z11285');
  });

  it('keeps a rejection, a correction and their history when the document is imported again', async () => {
    const [first, second] = await commitments.list({ asOf: '2022-03-01', zaak: '2022Z01519' });
    await commitments.change(first.id, { review: 'reject', note: 'beschrijving, geen toezegging' }, 'clerk-a', '2022-03-02');
    await commitments.change(second.id, { dueDate: '2022-09-30', actor: 'de minister van OCW' }, 'clerk-b', '2022-03-02');

    const variant = `${readSeed('000')}\n\n`;
    expect((await importer.importText(variant)).outcome).toBe('unchanged');
    // Even a re-import that changes facts of the set leaves people's reviews alone.
    const reloaded = await commitments.get(first.id, '2022-03-03');
    expect(reloaded.reviewState).toBe('rejected');
    expect(reloaded.history).toEqual([expect.objectContaining({ actor: 'clerk-a', action: 'reject', note: 'beschrijving, geen toezegging' })]);
    const corrected = await commitments.get(second.id, '2022-03-03');
    expect(corrected).toMatchObject({ reviewState: 'corrected', dueDate: '2022-09-30', dueImplied: false, actor: 'de minister van OCW' });
    expect(corrected.history[0].changes).toMatchObject({ dueDate: ['2022-05-29', '2022-09-30'] });
    // Rejected commitments leave the default list, and stay reachable by review state.
    const listed = await commitments.list({ asOf: '2022-03-03', zaak: '2022Z01519' });
    expect(listed.map((c) => c.id)).not.toContain(first.id);
    expect((await commitments.list({ asOf: '2022-03-03', zaak: '2022Z01519', reviewStates: ['rejected'] })).map((c) => c.id)).toEqual([first.id]);
  });

  it('marks a commitment fulfilled from a date, with the document that fulfils it', async () => {
    const [, , third] = await commitments.list({ asOf: '2022-03-01', zaak: '2022Z01519', includeRejected: true });
    await expect(commitments.change(third.id, { status: 'fulfilled' }, 'clerk-a', '2022-04-01')).rejects.toBeInstanceOf(InvalidInputError);
    await commitments.change(third.id, { status: 'fulfilled', fulfilledBy: 'Kamerstuk 36 000 VIII, nr. 12', on: '2022-04-01' }, 'clerk-a', '2022-04-01');
    expect((await commitments.get(third.id, '2022-03-31')).status).toBe('open');
    expect(await commitments.get(third.id, '2022-04-01')).toMatchObject({ status: 'fulfilled', fulfilledBy: 'Kamerstuk 36 000 VIII, nr. 12' });
  });

  it('adds a commitment the extractor missed, and refuses an unknown zaak', async () => {
    const added = await commitments.create(
      { zaak: '2019Z15244', text: 'Ik zal de Kamer voor het zomerreces informeren.', strength: 'firm', dueText: 'voor het zomerreces', actor: 'ik' },
      'clerk-c',
      '2019-09-12',
    );
    expect(added).toMatchObject({ source: 'manual', reviewState: 'confirmed', madeOn: '2019-09-10', dueImplied: false });
    expect(added.dueDate! > '2019-09-10').toBe(true);
    await expect(commitments.create({ zaak: '1999Z99999', text: 'x', strength: 'firm' }, 'c', '2020-01-01')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('prints them as JSON from the CLI, filtered by status as of a date', () => {
    const run = runCli(['commitments', '--status', 'overdue', '--as-of', '2022-08-01'], databaseVars(env));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const items = JSON.parse(run.stdout) as { zaak: string; status: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.status === 'overdue')).toBe(true);
    expect(runCli(['commitments', '--status', 'late'], databaseVars(env)).status).toBe(65);
  });
});
