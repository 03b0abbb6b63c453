type Compact<T> = { [K in keyof T]: Exclude<T[K], null> };

/** Drops absent (undefined or null) fields so events serialise as they compare. */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Compact<T>;
}
