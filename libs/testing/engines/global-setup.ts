import { FerretDbServer, startFerretDb } from './ferretdb';
import { describeMongoServer } from './mongodb-server';

/** The servers this jest run started, for global-teardown.ts (jest shares globalThis between the two). */
export interface StartedEngines {
  ferretDb?: FerretDbServer;
}
export const STARTED = '__crmTestEngines';

/**
 * Once per jest run: a MongoDB-protocol server for the suites that need one. A MONGODB_URL given
 * by the user wins; otherwise FerretDB (built and cached by scripts/test-deps/ferretdb.sh) is
 * started on a free loopback port. The workers read CRM_TEST_MONGODB_URL and _FLAVOR.
 */
export default async function globalSetup(): Promise<void> {
  const started: StartedEngines = {};
  (globalThis as Record<string, unknown>)[STARTED] = started;
  let url = process.env.MONGODB_URL;
  if (!url) {
    try {
      started.ferretDb = await startFerretDb();
      url = started.ferretDb.url;
    } catch (error) {
      process.stdout.write(`\nMongoDB-protocol suites will be skipped: FerretDB could not be built or started (${(error as Error).message.split('\n')[0]}); set MONGODB_URL to use a server\n`);
      return;
    }
  }
  const server = await describeMongoServer(url);
  process.env.CRM_TEST_MONGODB_URL = url;
  process.env.CRM_TEST_MONGODB_FLAVOR = server.flavor;
  process.env.CRM_TEST_MONGODB_SERVER = started.ferretDb ? `${started.ferretDb.description}, MongoDB ${server.description.split('MongoDB ')[1]}` : server.description;
}
