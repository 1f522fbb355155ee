import { DataSource } from 'typeorm';
import { DataExtentService } from '../dashboard/data-extent.service.js';
import { DirectoryService } from '../dashboard/directory.service.js';
import { LatencyProfileService } from '../dashboard/latency-profile.service.js';
import { TermFeedService } from '../dashboard/term-feed.service.js';
import { CommitmentService } from '../commitment/commitment.service.js';
import { ReviewQueueService } from '../commitment/review-queue.service.js';
import type { Policy } from '../policy/policy.js';
import { ApiKeyService } from '../api-key/api-key.service.js';
import { EditorSessionService } from '../editor-session/editor-session.service.js';
import { POLICY } from './domain.tokens.js';

/** The read services of the public pages (dashboard), provided and exported by DomainModule. */
export const DASHBOARD_SERVICES = [
  DirectoryService,
  LatencyProfileService,
  TermFeedService,
  CommitmentService,
  DataExtentService,
  EditorSessionService,
  ReviewQueueService,
] as const;

export const DASHBOARD_PROVIDERS = [
  { provide: DirectoryService, inject: [DataSource], useFactory: (ds: DataSource) => new DirectoryService(ds) },
  { provide: LatencyProfileService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new LatencyProfileService(ds, p) },
  { provide: TermFeedService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new TermFeedService(ds, p) },
  { provide: CommitmentService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new CommitmentService(ds, p) },
  { provide: DataExtentService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new DataExtentService(ds, p) },
  { provide: ReviewQueueService, inject: [CommitmentService], useFactory: (c: CommitmentService) => new ReviewQueueService(c) },
  { provide: EditorSessionService, inject: [DataSource, ApiKeyService], useFactory: (ds: DataSource, k: ApiKeyService) => new EditorSessionService(ds, k) },
];
