/** Document fields kept for analytics arithmetic (epoch milliseconds, exact integer units), never answered. */
export const LEAD_INTERNALS = ['reachedMs'] as const;
export const OPPORTUNITY_INTERNALS = ['units', 'createdMs', 'closedMs'] as const;

/** A stage visit as answered: `enteredMs` is the arithmetic copy of `enteredAt`. */
export const visitView = <V extends { enteredMs?: number }>({ enteredMs: _ms, ...visit }: V): Omit<V, 'enteredMs'> => visit;
