export interface FieldError {
  field: string;
  message: string;
}

/** A rule of the domain refused the command; mapped to problem+json in one place (apps/api). */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'conflict' | 'not-found' | 'duplicate';
}

/** Values that are well-formed JSON but mean nothing valid (a phone that is no number): 422. */
export class InvalidValueError extends DomainError {
  readonly kind = 'invalid' as const;
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'InvalidValueError';
  }
}

/** The command contradicts the entity's state (withdraw consent never granted…): 409. */
export class BusinessRuleError extends DomainError {
  readonly kind = 'conflict' as const;
  constructor(message: string) {
    super(message);
    this.name = 'BusinessRuleError';
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found' as const;
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

/** A likely duplicate of an existing record: 409 naming it. */
export class DuplicateError extends DomainError {
  readonly kind = 'duplicate' as const;
  constructor(readonly existingId: string, readonly reason: string) {
    super(`likely duplicate of ${existingId} (${reason})`);
    this.name = 'DuplicateError';
  }
}
