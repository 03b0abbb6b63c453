import { TestEngine } from './engine';
import { startFerretDb } from './ferretdb';
import { describeMongoServer } from './mongodb-server';

/**
 * The MongoDB-protocol server of the run: a MONGODB_URL given by the user wins (never stopped by
 * us); otherwise FerretDB (built and cached by scripts/test-deps/ferretdb.sh) on a free loopback
 * port. When neither is there the MongoDB suites skip, each saying how to run it.
 */
export const mongodbEngine: TestEngine = {
  name: 'mongodb',
  async start() {
    const given = process.env.MONGODB_URL;
    let ferret: Awaited<ReturnType<typeof startFerretDb>> | undefined;
    if (!given) {
      try {
        ferret = await startFerretDb();
      } catch (error) {
        process.stdout.write(`\nMongoDB-protocol suites will be skipped: FerretDB could not be built or started (${(error as Error).message.split('\n')[0]}); set MONGODB_URL to use a server\n`);
        return undefined;
      }
    }
    const url = given ?? ferret!.url;
    const server = await describeMongoServer(url);
    const description = ferret ? `${ferret.description}, MongoDB ${server.description.split('MongoDB ')[1]}` : server.description;
    return {
      env: { CRM_TEST_MONGODB_URL: url, CRM_TEST_MONGODB_FLAVOR: server.flavor, CRM_TEST_MONGODB_SERVER: description },
      summary: `${description} on ${url}`,
      stop: async () => ferret?.stop(),
    };
  },
};
