import type { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import type { Policy } from '../policy/policy.js';
import { DocumentTextSync } from './document-text.sync.js';
import { ODataClient, odataClientOptions } from './odata-client.js';
import { OpenDataSyncService } from './open-data-sync.service.js';

/** The sync as the CLI and the worker run it: the configured API, its polite interval, and the texts of the files. */
export function createOpenDataSync(dataSource: DataSource, env: Pick<Env, 'opendataUrl' | 'opendataMinIntervalMs'>, policy: Policy): OpenDataSyncService {
  const client = new ODataClient(env.opendataUrl, odataClientOptions(env.opendataMinIntervalMs));
  return new OpenDataSyncService(dataSource, client, () => new Date(), new DocumentTextSync(dataSource, client, policy), policy.timeZone);
}
