import { DecisionContext, Decider, fold } from '../shared/decider';
import { DomainEvent } from '../../event-store/envelope';

/** A fixed clock and ids "id-1", "id-2"… so expected events can be written out literally. */
export function testContext(now = '2026-03-03T06:30:00.000Z'): DecisionContext {
  let next = 0;
  return { now, newId: () => `id-${++next}` };
}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Decider specs that read as behaviour:
 * `given(decider, [registered]).when(addPhone).then([phoneAdded])` or `.thenThrows(NotFoundError)`.
 */
export function given<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, events: readonly E[] = []) {
  return {
    when(command: C, context: DecisionContext = testContext()) {
      const decide = () => decider.decide(command, fold(decider, events), context);
      return {
        then(expected: readonly E[]): void {
          expect(decide()).toEqual(expected);
        },
        /** Compares only the fields given, for specs about one value of a larger event. */
        thenMatches(expected: readonly Record<string, unknown>[]): void {
          const events = decide();
          expect(events).toHaveLength(expected.length);
          expect(events).toMatchObject(expected);
        },
        /** Also checks that the error carries `partialMatch` (message, errors, entity…). */
        thenThrows(errorClass: ErrorClass, partialMatch?: Record<string, unknown>): void {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (partialMatch) expect(thrown).toMatchObject(partialMatch);
        },
      };
    },
  };
}
