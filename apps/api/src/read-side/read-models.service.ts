import { Inject, Injectable } from '@nestjs/common';
import { DocumentCollection, DocumentStore } from '../../../../libs/read-models/document-store.port';
import { activeCollection } from '../../../../libs/read-models/runner/registry';
import { problem, ProblemError } from '../http/problem';
import { API_CONFIG, DOCUMENT_STORE, POSITION_TRACKER } from '../infrastructure/tokens';
import { ApiConfig } from '../config/config';
import { PositionTracker } from './position-tracker';

/** The query side's door to read models: resolves the live (blue/green) collection and read-your-writes waits. */
@Injectable()
export class ReadModels {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(POSITION_TRACKER) private readonly positions: PositionTracker,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async collection(projectionName: string): Promise<DocumentCollection> {
    return this.store.collection(await activeCollection(this.store, projectionName));
  }

  /** Waits until the read models have applied `position`; 503 with Retry-After when they do not in time. */
  async awaitPosition(position: number | undefined): Promise<void> {
    if (position === undefined || position <= 0) return;
    const reached = await this.positions.waitForPosition(position, this.config.minPositionWaitMs);
    if (!reached) {
      throw new ProblemError(
        problem(503, 'read-model-behind', `the read models have not reached position ${position} yet`),
        { 'retry-after': '1' },
      );
    }
  }
}
