import { invalid } from '../shared/validation';

/**
 * Where a source column goes. `externalRefs.<system>`: the cell is the customer's id in that
 * system; `address.line` may be named by several columns (one line each, in column order);
 * `ignore` drops a column on purpose.
 */
export type ImportField =
  | 'name' | 'kind' | 'emails' | 'phones' | 'country' | 'timeZone' | 'preferredLanguage' | 'currency' | 'partnerId' | 'occurredAt'
  | 'address.line' | 'address.city' | 'address.region' | 'address.postalCode' | 'address.country'
  | 'externalRef.system' | 'externalRef.id' | `externalRefs.${string}` | 'ignore'
  // Whole lists as the API takes them (NDJSON): [{ lines, city… }], [{ system, id }].
  | 'addresses' | 'externalRefs';

/** A column mapping: source column → field, defaults for fields no column gives, and how lists are written in one cell. */
export interface ImportMapping {
  columns: Record<string, ImportField>;
  defaults: Partial<Record<'kind' | 'country' | 'timeZone' | 'preferredLanguage' | 'currency' | 'partnerId', string>>;
  /** Separates several emails or phones in one cell. Default `;`. */
  listSeparator: string;
}

const FIELDS = new Set<string>(['name', 'kind', 'emails', 'phones', 'country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId', 'occurredAt',
  'address.line', 'address.city', 'address.region', 'address.postalCode', 'address.country', 'externalRef.system', 'externalRef.id', 'ignore', 'addresses', 'externalRefs']);
const DEFAULTABLE = new Set(['kind', 'country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId']);

export const isImportField = (field: string): field is ImportField => FIELDS.has(field) || /^externalRefs\.[a-z0-9][a-z0-9._-]{0,63}$/.test(field);

/** Reads a mapping file's JSON: `{ columns: { "E-mail": "emails", … }, defaults?: { kind: "person" }, listSeparator?: ";" }`. */
export function parseMapping(input: unknown): ImportMapping {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const columns = raw.columns;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) throw invalid('mapping.columns', 'must map source columns to fields');
  for (const [column, field] of Object.entries(columns)) {
    if (typeof field !== 'string' || !isImportField(field)) {
      throw invalid(`mapping.columns.${column}`, `"${String(field)}" is not a field: use name, kind, emails, phones, country, timeZone, preferredLanguage, currency, partnerId, occurredAt, address.*, externalRefs.<system>, externalRef.system/id or ignore`);
    }
  }
  const defaults = (raw.defaults ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries(defaults)) {
    if (!DEFAULTABLE.has(field) || typeof value !== 'string') throw invalid(`mapping.defaults.${field}`, `only ${[...DEFAULTABLE].join(', ')} take a default (a string)`);
  }
  const listSeparator = raw.listSeparator ?? ';';
  if (typeof listSeparator !== 'string' || listSeparator.length !== 1) throw invalid('mapping.listSeparator', 'must be one character');
  return { columns: columns as Record<string, ImportField>, defaults: defaults as ImportMapping['defaults'], listSeparator };
}

/** Without a mapping file, columns named like fields map to themselves (`externalRefs.sap`, `address.city`…). */
export function identityMapping(columns: string[]): ImportMapping {
  return { columns: Object.fromEntries(columns.filter(isImportField).map((c) => [c, c as ImportField])), defaults: {}, listSeparator: ';' };
}
