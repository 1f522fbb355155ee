import { DataSource } from 'typeorm';
import { DataExtentService } from '../dashboard/data-extent.service.js';
import { DirectoryService } from '../dashboard/directory.service.js';
import { LatencyProfileService } from '../dashboard/latency-profile.service.js';
import { TermFeedService } from '../dashboard/term-feed.service.js';
import { CommitmentService } from '../commitment/commitment.service.js';
import type { Policy } from '../policy/policy.js';
import { POLICY } from './domain.tokens.js';

/** The read services of the public pages (dashboard), provided and exported by DomainModule. */
export const DASHBOARD_SERVICES = [DirectoryService, LatencyProfileService, TermFeedService, CommitmentService, DataExtentService] as const;

export const DASHBOARD_PROVIDERS = [
  { provide: DirectoryService, inject: [DataSource], useFactory: (ds: DataSource) => new DirectoryService(ds) },
  { provide: LatencyProfileService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new LatencyProfileService(ds, p) },
  { provide: TermFeedService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new TermFeedService(ds, p) },
  { provide: CommitmentService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new CommitmentService(ds, p) },
  { provide: DataExtentService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new DataExtentService(ds, p) },
];
