import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { openDataSource } from '../database/data-source.factory.js';
import { DocumentImportService } from '../import/document-import.service.js';
import { OnTimeChangeService } from '../change/on-time-change.service.js';
import { CommitmentsKeptService } from '../change/commitments-kept.service.js';
import { BewindspersoonService } from '../bewindspersoon/bewindspersoon.service.js';
import { BEWINDSPERSONEN } from '../ministry/bewindspersonen.data.js';
import { ApiKeyService } from '../api-key/api-key.service.js';
import { QuestionQueryService } from '../question-set/question-query.service.js';
import { LatencyReportService } from '../report/latency-report.service.js';
import { OverdueReportService } from '../report/overdue-report.service.js';
import { SourceDocumentService } from '../source-document/source-document.service.js';
import { OpenDataSyncService } from '../sync/open-data-sync.service.js';
import { createOpenDataSync } from '../sync/open-data-sync.factory.js';
import type { Policy } from '../policy/policy.js';
import { ENV, POLICY } from './domain.tokens.js';
import { DASHBOARD_PROVIDERS, DASHBOARD_SERVICES } from './dashboard.providers.js';

/**
 * Hands libs/domain to a Nest app: the environment, the policy, one DataSource (already migrated by the
 * `migrate` step, never here) and the use-case services. The services are plain classes; this is the only Nest file.
 */
@Global()
@Module({})
export class DomainModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(env: Env, policy: Policy): DynamicModule {
    return {
      module: DomainModule,
      providers: [
        { provide: ENV, useValue: env },
        { provide: POLICY, useValue: policy },
        { provide: DataSource, useFactory: () => openDataSource(env) },
        {
          provide: DocumentImportService,
          inject: [DataSource, POLICY],
          useFactory: (ds: DataSource, p: Policy) => new DocumentImportService(ds, p),
        },
        { provide: QuestionQueryService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new QuestionQueryService(ds, p) },
        { provide: OverdueReportService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new OverdueReportService(ds, p) },
        { provide: LatencyReportService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => new LatencyReportService(ds, p) },
        { provide: SourceDocumentService, inject: [DataSource], useFactory: (ds: DataSource) => new SourceDocumentService(ds) },
        { provide: ApiKeyService, inject: [DataSource], useFactory: (ds: DataSource) => new ApiKeyService(ds) },
        { provide: OpenDataSyncService, inject: [DataSource, POLICY], useFactory: (ds: DataSource, p: Policy) => createOpenDataSync(ds, env, p) },
        ...DASHBOARD_PROVIDERS,
        {
          provide: OnTimeChangeService,
          inject: [DataSource, POLICY],
          useFactory: (ds: DataSource, p: Policy) => new OnTimeChangeService(ds, p, BEWINDSPERSONEN),
        },
        { provide: CommitmentsKeptService, inject: [DataSource], useFactory: (ds: DataSource) => new CommitmentsKeptService(ds) },
        {
          provide: BewindspersoonService,
          inject: [DataSource, POLICY],
          useFactory: (ds: DataSource, p: Policy) => new BewindspersoonService(ds, p, BEWINDSPERSONEN),
        },
      ],
      exports: [
        ENV,
        POLICY,
        DataSource,
        DocumentImportService,
        QuestionQueryService,
        OverdueReportService,
        LatencyReportService,
        SourceDocumentService,
        ApiKeyService,
        OpenDataSyncService,
        ...DASHBOARD_SERVICES,
        OnTimeChangeService,
        CommitmentsKeptService,
        BewindspersoonService,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
