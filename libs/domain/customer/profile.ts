import { compact } from '../shared/compact';
import { parseCountry } from '../shared/country';
import { parseFreeText, parseOptionalFreeText } from '../shared/free-text';
import { invalid, requireString, validateAll, validateList } from '../shared/validation';
import { Address, CustomerKind, ExternalRef } from './customer.events';

const KINDS: readonly CustomerKind[] = ['person', 'organization'];
const SYSTEM = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function parseKind(input: unknown, field: string): CustomerKind {
  if (!KINDS.includes(input as CustomerKind)) throw invalid(field, 'must be "person" or "organization"');
  return input as CustomerKind;
}

export function parseAddress(input: unknown, field: string): Address {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid(field, 'must be an address: { lines, city, region, postalCode, country }');
  }
  const raw = input as Record<string, unknown>;
  const line = { maxLength: 200 };
  const address = validateAll({
    lines: () => validateList(raw.lines, `${field}.lines`, (text, f) => parseFreeText(text, f, line)),
    city: () => parseOptionalFreeText(raw.city, `${field}.city`, line),
    region: () => parseOptionalFreeText(raw.region, `${field}.region`, line),
    postalCode: () => parseOptionalFreeText(raw.postalCode, `${field}.postalCode`, { maxLength: 20 }),
    country: () => (raw.country == null ? undefined : parseCountry(raw.country, `${field}.country`)),
  });
  if (address.lines.length === 0 && !address.city && !address.postalCode) {
    throw invalid(field, 'needs at least an address line, a city or a postal code');
  }
  return compact(address);
}

/** External ids in other systems; `system` is a lower-case token, `id` is kept as written. */
export function parseExternalRef(input: unknown, field: string): ExternalRef {
  if (typeof input !== 'object' || input === null) throw invalid(field, 'must be { system, id }');
  const raw = input as Record<string, unknown>;
  return validateAll({
    system: () => {
      const system = requireString(raw.system, `${field}.system`).trim().toLowerCase();
      if (!SYSTEM.test(system)) throw invalid(`${field}.system`, 'must be a lower-case name such as "sap" or "shopify"');
      return system;
    },
    id: () => parseFreeText(raw.id, `${field}.id`, { maxLength: 200 }),
  });
}

export function parseExternalRefs(input: unknown, field: string): ExternalRef[] {
  return uniqueBy(validateList(input, field, parseExternalRef), externalRefKey);
}

export const externalRefKey = (ref: ExternalRef): string => `${ref.system}:${ref.id}`;

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
