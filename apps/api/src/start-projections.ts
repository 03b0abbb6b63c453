import { INestApplication } from '@nestjs/common';
import { ApiKeyService } from './auth/api-key.service';
import { ApiConfig } from './config/config';
import { Readiness } from './health/readiness';
import { Infrastructure } from './infrastructure/infrastructure';

/**
 * Starts the projections, marks the app ready once they reach the log head seen at start,
 * and makes sure a first admin key exists. Called before listening so that the first
 * request already finds caught-up read models.
 */
export async function startProjections(app: INestApplication, infrastructure: Infrastructure, config: ApiConfig, print: (line: string) => void): Promise<void> {
  const head = await infrastructure.eventStore.headPosition();
  await infrastructure.runner.start();
  const readiness = app.get(Readiness);
  void infrastructure.runner.waitForPosition(head, 24 * 3600_000).then((reached) => reached && readiness.markReady());
  if (head === 0) readiness.markReady();
  // The key check needs the api-keys read model caught up.
  await infrastructure.runner.waitForPosition(head, 10 * 60_000);
  await app.get(ApiKeyService).ensureBootstrapKey(config.bootstrapKey, print);
}
