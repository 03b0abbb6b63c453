import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ApiConfig } from '../config/config';
import { DeciderExecutor } from '../commands/decider-executor';
import { ReadModels } from '../read-side/read-models.service';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { Infrastructure } from './infrastructure';
import { BackgroundJobs } from './background-jobs';
import { API_CONFIG, DOCUMENT_STORE, EVENT_STORE, POSITION_TRACKER, PROJECTION_RUNNER, RAW_EVENT_STORE, SUBJECT_KEYS, STORED_POSITIONS, LEASE_STORE } from './tokens';

const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');

/** Hands the already-opened ports to Nest; closes them when the app shuts down. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(@Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure) {}

  static with(infrastructure: Infrastructure, config: ApiConfig): DynamicModule {
    const providers = [
      { provide: INFRASTRUCTURE, useValue: infrastructure },
      { provide: API_CONFIG, useValue: config },
      { provide: EVENT_STORE, useValue: infrastructure.eventStore },
      { provide: RAW_EVENT_STORE, useValue: infrastructure.rawEventStore },
      { provide: SUBJECT_KEYS, useValue: infrastructure.subjectKeys },
      { provide: DOCUMENT_STORE, useValue: infrastructure.documentStore },
      { provide: PROJECTION_RUNNER, useValue: infrastructure.projections },
      { provide: POSITION_TRACKER, useValue: infrastructure.positions },
      { provide: STORED_POSITIONS, useValue: infrastructure.storedPositions },
      { provide: LEASE_STORE, useValue: infrastructure.leases },
      DeciderExecutor,
      ReadModels,
      ReadYourWritesInterceptor,
      BackgroundJobs,
    ];
    return {
      module: InfrastructureModule,
      providers,
      exports: [API_CONFIG, EVENT_STORE, RAW_EVENT_STORE, SUBJECT_KEYS, DOCUMENT_STORE, PROJECTION_RUNNER, POSITION_TRACKER, STORED_POSITIONS, LEASE_STORE, DeciderExecutor, ReadModels, ReadYourWritesInterceptor, BackgroundJobs],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.infrastructure.close();
  }
}
