import schemas from './declared-schemas.json';

/** A JSON Schema (draft 07, the AsyncAPI default schema format) as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** Per event type: the declaring file and the schemas of `data` and of `personal` (null: none). */
export type EventSchemas = Record<string, { file: string; data: JsonSchema; personal: JsonSchema | null }>;

/**
 * Generated from the TypeScript declarations by `npm run docs:events`; event-catalogue.spec.ts
 * fails when a declaration changed and this file was not regenerated.
 */
export const EVENT_SCHEMAS: EventSchemas = schemas as EventSchemas;
