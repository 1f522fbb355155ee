import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { DEFAULT_POLICY, JobName, JobProducer, QueueName, type Env } from '#domain';
import type { DataSource } from 'typeorm';
import { createTestEnv } from '../../support/test-env.js';
import { ODataFixtureServer } from '../../sync/odata-fixture-server.js';
import { dropQueues, runJob, seededDatabase, startWorker } from './support/worker-fixture.js';

describe('the worker keeps the database current from the open data API', () => {
  const server = new ODataFixtureServer();
  let env: Env;
  let ds: DataSource;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    env = createTestEnv({ OPENDATA_URL: await server.start() });
    ds = await seededDatabase(env);
    server.data.Zaak = [
      {
        Id: 'z1',
        Nummer: '2024Z17001',
        Soort: 'Schriftelijke vragen',
        Onderwerp: 'Vragen over de wachttijden in de jeugdzorg',
        GestartOp: '2024-11-01T00:00:00+01:00',
        Verwijderd: false,
        GewijzigdOp: '2024-11-02T09:00:00Z',
        ApiGewijzigdOp: '2024-11-02T09:00:00Z',
        ZaakActor: [
          {
            Id: 'a1',
            ActorNaam: 'Westerveld',
            ActorFractie: 'GL-PvdA',
            Relatie: 'Indiener',
            Functie: 'Tweede Kamerlid',
            GewijzigdOp: '2024-11-02T09:00:00Z',
            ApiGewijzigdOp: '2024-11-02T09:00:00Z',
          },
          {
            Id: 'a2',
            ActorNaam: null,
            ActorFractie: null,
            Relatie: 'Gericht aan',
            Functie: 'staatssecretaris van Volksgezondheid, Welzijn en Sport',
            GewijzigdOp: '2024-11-02T09:00:00Z',
            ApiGewijzigdOp: '2024-11-02T09:00:00Z',
          },
        ],
      },
    ];
    worker = await startWorker(env);
  });

  afterAll(async () => {
    await worker?.close();
    await ds?.destroy();
    await server.stop();
    await dropQueues(env);
  });

  it('declares the sync schedule (every 15 minutes by default) on the ingest queue', async () => {
    const producer = new JobProducer(env, { failFast: false });
    try {
      const schedulers = await producer.queue(QueueName.Ingest).getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([['open-data-sync', DEFAULT_POLICY.schedules.openDataSync, 'Europe/Amsterdam']]);
    } finally {
      await producer.close();
    }
  });

  it('runs a sync job through the queue into the same records', async () => {
    const result = await runJob(env, QueueName.Ingest, JobName.OpenDataSync, { since: '2024-01-01' }, 'open-data-sync/2024-01-01');
    expect(result).toMatch(/^zaak: 1 stored/);
    const rows = await ds.query(`SELECT "zaak", "submittedOn", "ministerLabel" FROM question_set WHERE "zaak" = '2024Z17001'`);
    expect(rows).toEqual([{ zaak: '2024Z17001', submittedOn: '2024-11-01', ministerLabel: 'Staatssecretaris van Volksgezondheid, Welzijn en Sport' }]);
    expect(Number((await ds.query('SELECT COUNT(*) AS n FROM question_set'))[0].n)).toBe(6);
  });
});
