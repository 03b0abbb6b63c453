import { customerDecider } from '../customer/customer.decider';
import { Address, CustomerRegistered, ExternalRef } from '../customer/customer.events';
import { RegisterCustomer } from '../customer/customer.commands';
import { initialCustomerState } from '../customer/customer.state';
import { FieldError, InvalidValueError } from '../shared/errors';
import { parsePastInstant } from '../shared/instant';
import { ImportMapping } from './mapping';

/** A row decided: the registration it becomes (ids still to be given), or what is wrong with it. */
export type DecidedRow =
  | { ok: true; registered: CustomerRegistered; occurredAt?: string }
  | { ok: false; errors: (FieldError & { column?: string })[] };

type Cells = Record<string, unknown>;

/**
 * Turns one source record into a RegisterCustomer through the mapping and lets the customer
 * decider judge it, so an import accepts exactly what the API accepts. Errors name the field
 * and, when a column gave it, the source column.
 */
export function decideRow(cells: Cells, mapping: ImportMapping, now: string, maxFutureSkewMs = Infinity): DecidedRow {
  const { command, columnOf, occurredAt } = toCommand(cells, mapping);
  try {
    // Same rule as the API's occurredAt: history may be imported, the future may not.
    const when = occurredAt === undefined ? undefined : parsePastInstant(occurredAt, 'occurredAt', Date.parse(now), maxFutureSkewMs);
    let ids = 0;
    const [registered] = customerDecider.decide(command, initialCustomerState, { now: when ?? now, newId: () => `cp-${++ids}` });
    return { ok: true, registered: registered as CustomerRegistered, ...(when ? { occurredAt: when } : {}) };
  } catch (error) {
    if (!(error instanceof InvalidValueError)) throw error;
    return { ok: false, errors: error.errors.map((e) => ({ ...e, ...withColumn(columnOf(e.field)), ...(missing(command, e.field) ? { message: 'is required' } : {}) })) };
  }
}

/** A top-level field no column filled: "must be a string" would puzzle whoever reads the report. */
const missing = (command: RegisterCustomer, field: string): boolean => /^\w+$/.test(field) && command[field as keyof RegisterCustomer] === undefined;

const withColumn = (column: string | undefined) => (column ? { column } : {});

function toCommand(cells: Cells, mapping: ImportMapping) {
  const fields: Record<string, unknown> = { ...mapping.defaults };
  const columns: Record<string, string> = {};
  const address: Partial<Address> & { lines: string[] } = { lines: [] };
  const refs: ExternalRef[] = [];
  const loose: Partial<ExternalRef> = {};
  let occurredAt: unknown;
  for (const [column, field] of Object.entries(mapping.columns)) {
    if (field === 'ignore') continue;
    const root = field.startsWith('address') ? 'addresses' : field.startsWith('externalRef') ? 'externalRefs' : field;
    columns[root] ??= column;
    const value = blankToUndefined(cells[column]);
    if (value === undefined) continue;
    if (field === 'emails' || field === 'phones') fields[field] = list(value, mapping.listSeparator);
    else if (field === 'occurredAt') occurredAt = value;
    else if (field === 'address.line') address.lines.push(String(value));
    else if (field.startsWith('address.')) (address as Record<string, unknown>)[field.slice(8)] = value;
    else if (field === 'externalRef.system') loose.system = String(value);
    else if (field === 'externalRef.id') loose.id = String(value);
    else if (field.startsWith('externalRefs.')) refs.push({ system: field.slice(13), id: String(value) });
    else if (field === 'externalRefs' && Array.isArray(value)) refs.push(...(value as ExternalRef[]));
    else fields[field] = value;
  }
  if (loose.system !== undefined || loose.id !== undefined) refs.push(loose as ExternalRef);
  if (refs.length) fields.externalRefs = refs;
  if (address.lines.length || Object.keys(address).length > 1) fields.addresses = [...((fields.addresses as Address[] | undefined) ?? []), address];
  if (fields.kind === undefined) fields.kind = 'person';
  const command = { type: 'RegisterCustomer', customerId: 'import-row', ...fields } as RegisterCustomer;
  const columnOf = (field: string) => columns[field.split(/[.[]/)[0]];
  return { command, columnOf, occurredAt };
}

function blankToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** A cell of a CSV holds several values separated; an NDJSON field may already be a list. */
function list(value: unknown, separator: string): unknown {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? value.split(separator).map((v) => v.trim()).filter(Boolean) : value;
}
