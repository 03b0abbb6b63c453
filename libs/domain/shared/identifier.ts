import { invalid, requireString } from './validation';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Ids of entities (customers, partners, contact points): opaque, URL-safe, at most 128 characters. */
export function parseId(input: unknown, field: string): string {
  const id = requireString(input, field).trim();
  if (!ID.test(id)) {
    throw invalid(field, 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 128 characters)');
  }
  return id;
}
