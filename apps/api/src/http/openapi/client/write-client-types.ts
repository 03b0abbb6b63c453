import { writeFileSync } from 'node:fs';
import { startTestApp } from '../../../testing/test-app';
import { CLIENT_TYPES_FILE, generateClientTypes } from './client-types';

/** Serves the document from a throw-away app and writes the client types beside the scenario. */
async function main(): Promise<void> {
  const app = await startTestApp();
  try {
    const served = await app.http().get('/docs-json').expect(200);
    writeFileSync(CLIENT_TYPES_FILE, await generateClientTypes(served.body));
    console.log(`wrote ${CLIENT_TYPES_FILE}`);
  } finally {
    await app.close();
  }
}

void main();
