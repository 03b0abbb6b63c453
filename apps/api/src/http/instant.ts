import { parseInstant } from '../../../../libs/domain/shared/instant';

/** The command's business time: the client's `occurredAt`, or now. */
export function instantOrNow(value: string | undefined, field: string): string {
  return value === undefined ? new Date().toISOString() : parseInstant(value, field);
}
