import { EVENT_INVENTORY } from '../../privacy/personal-data-inventory';
import { EVENT_GROUPS, EventDescription } from './event-descriptions';
import { EVENT_SCHEMAS, JsonSchema } from './event-schemas';

/** One event type as downstream systems are told about it (AsyncAPI, docs/events.md). */
export interface CatalogueEntry extends Required<Pick<EventDescription, 'summary' | 'stream' | 'subject'>> {
  type: string;
  group: string;
  notes?: string;
  example?: Record<string, unknown>;
  /** The file declaring the TypeScript type. */
  file: string;
  data: JsonSchema;
  personal: JsonSchema | null;
  /** Top-level fields of `personal`: sealed on the feed, SSE and Kafka; left out of webhooks. */
  personalFields: readonly string[];
}

/**
 * The one event catalogue: words from event-descriptions.ts, shapes from the TypeScript
 * declarations (declared-schemas.json), personal fields from the personal-data inventory.
 * An entry whose shape or privacy classification is missing throws here, at load.
 */
export const EVENT_CATALOGUE: readonly CatalogueEntry[] = EVENT_GROUPS.flatMap((group) =>
  Object.entries(group.events).map(([type, description]): CatalogueEntry => {
    const schemas = EVENT_SCHEMAS[type];
    const privacy = EVENT_INVENTORY[type];
    if (!schemas || !privacy) throw new Error(`event catalogue: ${type} has no ${schemas ? 'personal-data inventory entry' : 'declared TypeScript type'}`);
    return {
      type,
      group: group.title,
      stream: group.stream,
      subject: group.subject,
      ...description,
      file: schemas.file,
      data: schemas.data,
      personal: schemas.personal,
      personalFields: privacy.personal,
    };
  }),
);

export const catalogueEntry = (type: string): CatalogueEntry | undefined => EVENT_CATALOGUE.find((entry) => entry.type === type);
