import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredEventSchemas } from './declared-event-schemas';

/** `npm run docs:events`: regenerates the schemas from the declarations, then docs/events.md from the catalogue. */
const root = join(__dirname, '..', '..', '..', '..');
writeFileSync(join(root, 'libs/messaging/catalogue/declared-schemas.json'), `${JSON.stringify(declaredEventSchemas(root), null, 2)}\n`);
// Loaded after the schemas are written: the catalogue reads them at load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { eventsMarkdown } = require('../events-markdown') as typeof import('../events-markdown');
writeFileSync(join(root, 'docs/events.md'), eventsMarkdown());
console.log('wrote libs/messaging/catalogue/declared-schemas.json and docs/events.md');
