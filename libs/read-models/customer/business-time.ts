/** Business time (occurredAt) at which each profile field was last set. */
export type FieldTimes = Readonly<Record<string, string>>;

/**
 * Fields are last-writer-wins by business time, not by log order: a correction recorded today
 * about 1 March must not overwrite what was set on 3 March. Ties go to the later event in the
 * log. So the live view and the view folded in business-time order (asOf) agree.
 */
export function isStale(times: FieldTimes | undefined, field: string, occurredAt: string): boolean {
  const last = times?.[field];
  return last !== undefined && last > occurredAt;
}

/** Drops the fields a back-dated change may no longer set. */
export function freshOnly<T extends Record<string, unknown>>(changes: T, times: FieldTimes | undefined, occurredAt: string): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([field]) => !isStale(times, field, occurredAt))) as Partial<T>;
}

/** The stamps after a change set `fields` at `occurredAt` (stale ones keep their later stamp). */
export function stamp(times: FieldTimes | undefined, fields: string[], occurredAt: string): FieldTimes {
  const next: Record<string, string> = { ...times };
  for (const field of fields) if (!isStale(times, field, occurredAt)) next[field] = occurredAt;
  return next;
}

/** The profile fields a registration sets, all at once. */
export const PROFILE_FIELDS = ['kind', 'name', 'country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId', 'addresses', 'externalRefs'];
