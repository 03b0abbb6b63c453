import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { Infrastructure, InfrastructureOptions, openInfrastructure } from '../infrastructure/infrastructure';
import { startProjections } from '../start-projections';

export const ADMIN_KEY = 'crm_test_admin_key_0123456789abcdefghijklmnopqrstuvwxyz';

export interface TestApp {
  app: NestFastifyApplication;
  infrastructure: Infrastructure;
  dataDir: string;
  http: () => request.Agent;
  /** Headers with the admin key. */
  auth: Record<string, string>;
  close(): Promise<void>;
}

/** The real Nest app on a temporary embedded store, with a known admin key. */
export async function startTestApp(env: Record<string, string> = {}, options: InfrastructureOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-api-'));
  const config = loadConfig({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN_KEY, PORT: '0', ...env });
  const infrastructure = await openInfrastructure(config, options);
  const app = await createApp(infrastructure, config, false);
  await startProjections(app, infrastructure, config, () => undefined);
  const server = app.getHttpServer();
  return {
    app,
    infrastructure,
    dataDir,
    http: () => request.agent(server),
    auth: { authorization: `Bearer ${ADMIN_KEY}` },
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
