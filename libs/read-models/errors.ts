/** A write with `ifPosition` found the stored document elsewhere: the whole commit was rejected. */
export class DocumentConflictError extends Error {
  constructor(readonly collection: string, readonly id: string, readonly expected: number, readonly actual: number) {
    super(`${collection}/${id} is at position ${actual}, expected ${expected}`);
    this.name = 'DocumentConflictError';
  }
}

/** A unique index refused a value: the whole commit was rejected. */
export class DuplicateKeyError extends Error {
  constructor(readonly collection: string, detail: string) {
    super(`duplicate key in ${collection}: ${detail}`);
    this.name = 'DuplicateKeyError';
  }
}

/** A filter or pipeline asked for server-side script execution ($where, $function, $accumulator). */
export class UnsafeQueryError extends Error {
  constructor(operator: string) {
    super(`${operator} is not allowed: read models never execute code from queries`);
    this.name = 'UnsafeQueryError';
  }
}

/** Collection names become SQL identifiers: only letters, digits, `_`, `-`, `.` are accepted. */
export class InvalidNameError extends Error {
  constructor(kind: string, name: string) {
    super(`invalid ${kind} name ${JSON.stringify(name)}: use letters, digits, _, - or .`);
    this.name = 'InvalidNameError';
  }
}

/** A store told to refuse scans (planner specs) met a query no index or id plan serves. */
export class UnindexedQueryError extends Error {
  constructor(readonly collection: string, filter: unknown) {
    super(`${collection}: ${JSON.stringify(filter).slice(0, 300)} would scan the collection; declare an index that serves it`);
    this.name = 'UnindexedQueryError';
  }
}
