import { FieldError, InvalidValueError } from './errors';

type Checks = Record<string, () => unknown>;
type Checked<T extends Checks> = { [K in keyof T]: ReturnType<T[K]> };

/**
 * Runs every check and throws one InvalidValueError listing all failures, so a client
 * learns about every bad field in one answer rather than one per round trip.
 */
export function validateAll<T extends Checks>(checks: T): Checked<T> {
  const errors: FieldError[] = [];
  const results: Partial<Checked<T>> = {};
  for (const key of Object.keys(checks) as (keyof T)[]) {
    try {
      results[key] = checks[key]() as Checked<T>[typeof key];
    } catch (error) {
      if (!(error instanceof InvalidValueError)) throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length > 0) throw new InvalidValueError(errors);
  return results as Checked<T>;
}

/** Validates each item of an optional list, naming failures `field[i]`. */
export function validateList<T>(input: unknown, field: string, parse: (item: unknown, field: string) => T): T[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw invalid(field, 'must be a list');
  const errors: FieldError[] = [];
  const values: T[] = [];
  input.forEach((item, i) => {
    try {
      values.push(parse(item, `${field}[${i}]`));
    } catch (error) {
      if (!(error instanceof InvalidValueError)) throw error;
      errors.push(...error.errors);
    }
  });
  if (errors.length > 0) throw new InvalidValueError(errors);
  return values;
}

export function invalid(field: string, message: string): InvalidValueError {
  return new InvalidValueError([{ field, message }]);
}

/** Commands arrive from JSON: anything may be in a string field, so check before use. */
export function requireString(input: unknown, field: string): string {
  if (typeof input !== 'string') throw invalid(field, 'must be a string');
  return input;
}
