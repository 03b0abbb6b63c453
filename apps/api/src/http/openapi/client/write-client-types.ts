import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp } from '../../../testing/test-app';
import { CLIENT_TYPES_FILE } from './client-files';
import { generateClientTypes } from './client-types';

/**
 * `npm run openapi:client`: serves the document from a throw-away app and writes the client types.
 * With `<document.json> <out.ts>` it generates from a saved document instead (the staleness spec
 * runs it so, in plain Node: openapi-typescript loads ES modules Jest cannot require).
 */
async function main([from, out]: string[]): Promise<void> {
  if (from && out) {
    writeFileSync(out, await generateClientTypes(JSON.parse(readFileSync(from, 'utf8'))));
    return;
  }
  const app = await startTestApp();
  try {
    const served = await app.http().get('/docs-json').expect(200);
    writeFileSync(CLIENT_TYPES_FILE, await generateClientTypes(served.body));
    console.log(`wrote ${CLIENT_TYPES_FILE}`);
  } finally {
    await app.close();
  }
}

void main(process.argv.slice(2));
