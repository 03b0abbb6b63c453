import { INestApplication } from '@nestjs/common';
import { ApiKeyService } from './auth/api-key.service';
import { ApiConfig } from './config/config';
import { Readiness } from './health/readiness';
import { Infrastructure } from './infrastructure/infrastructure';

/**
 * Starts the projections (in-process fan-out only: with Kafka the projectors run them), marks
 * the app ready once the read models reach the log head seen at start,
 * and makes sure a first admin key exists. Called before listening so that the first
 * request already finds caught-up read models.
 */
export async function startProjections(app: INestApplication, infrastructure: Infrastructure, config: ApiConfig, print: (line: string) => void): Promise<void> {
  const head = await infrastructure.eventStore.headPosition();
  if (config.fanout.kind === 'inprocess') await infrastructure.projections.start();
  const { positions } = infrastructure;
  const readiness = app.get(Readiness);
  void positions.waitForPosition(head, 24 * 3600_000).then((reached) => reached && readiness.markReady());
  if (head === 0) readiness.markReady();
  // The key check needs the api-keys read model caught up.
  await positions.waitForPosition(head, 10 * 60_000);
  await app.get(ApiKeyService).ensureBootstrapKey(config.bootstrapKey, print);
}
