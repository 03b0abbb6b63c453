import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EVENT_INVENTORY } from '../../privacy/personal-data-inventory';
import { EVENT_CATALOGUE } from './event-catalogue';
import { EVENT_SCHEMAS } from './event-schemas';
import { eventsMarkdown } from './events-markdown';
import { declaredEventSchemas } from './testing/declared-event-schemas';

const root = join(__dirname, '..', '..', '..');
const catalogued = new Set(EVENT_CATALOGUE.map((entry) => entry.type));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /(?<!\.spec|\.fixtures)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every event type named in production code: what deciders append, handlers and runners emit or react to. */
function typesNamedInCode(): Map<string, string> {
  const named = new Map<string, string>();
  const files = [...sourceFiles(join(root, 'libs')), ...sourceFiles(join(root, 'apps'))].filter((file) => !file.includes(join('libs', 'messaging', 'catalogue')))
    // The browser console appends nothing and reacts to no event; its `crm.console.*` are storage keys.
    .filter((file) => !file.includes(join('apps', 'console')));
  for (const file of files) {
    for (const [, type] of readFileSync(file, 'utf8').matchAll(/['"`](crm\.[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*)['"`]/g)) named.set(type, relative(root, file));
  }
  return named;
}

describe('the event catalogue', () => {
  it('describes every event type of the personal-data inventory, and nothing else', () => {
    expect(Object.keys(EVENT_INVENTORY).filter((type) => !catalogued.has(type))).toEqual([]);
    expect([...catalogued].filter((type) => !EVENT_INVENTORY[type])).toEqual([]);
    expect(EVENT_CATALOGUE).toHaveLength(catalogued.size);
  });

  it('describes every event type the code appends or reacts to', () => {
    const named = typesNamedInCode();
    expect(named.size).toBeGreaterThan(40);
    expect([...named].filter(([type]) => !catalogued.has(type)).map(([type, file]) => `${type} (${file})`)).toEqual([]);
  });

  it('holds the schemas the TypeScript declarations give today (run `npm run docs:events` after changing an event type)', () => {
    expect(EVENT_SCHEMAS).toEqual(declaredEventSchemas(root));
  });

  it('is what docs/events.md says (run `npm run docs:events` after changing the catalogue)', () => {
    expect(readFileSync(join(root, 'docs', 'events.md'), 'utf8')).toBe(eventsMarkdown());
  });

  it('reads the shape of an event from its declaration: required and optional fields, closed vocabularies, personal apart', () => {
    const registered = EVENT_CATALOGUE.find((entry) => entry.type === 'crm.customer.registered')!;
    expect(registered.data).toMatchObject({
      type: 'object',
      required: ['customerId', 'kind'],
      properties: { customerId: { type: 'string' }, kind: { type: 'string', enum: ['organization', 'person'] }, country: { type: 'string' } },
    });
    expect(registered.personal).toMatchObject({ required: ['name', 'contactPoints', 'addresses', 'externalRefs'] });
    expect(registered.personalFields).toEqual(['name', 'contactPoints', 'addresses', 'externalRefs']);
    expect(EVENT_CATALOGUE.find((entry) => entry.type === 'crm.case.assigned')!.personal).toBeNull();
  });

  it.each(EVENT_CATALOGUE.map((entry) => [entry.type, entry] as const))('%s: its personal schema names exactly the personal fields of the inventory', (_type, entry) => {
    expect(Object.keys((entry.personal?.properties as object | undefined) ?? {}).sort()).toEqual([...entry.personalFields].sort());
  });
});
