import { DomainEvent } from '../../event-store/envelope';

/** What a decision may depend on besides command and state: passed in, so deciders stay pure. */
export interface DecisionContext {
  /** ISO 8601 instant of the command's business time. */
  now: string;
  newId(): string;
}

/** A decider per aggregate: decide(command, state) → events, evolve(state, event) → state. */
export interface Decider<C, S, E extends DomainEvent> {
  initialState: S;
  decide(command: C, state: S, context: DecisionContext): E[];
  evolve(state: S, event: E): S;
}

/** Folds events into state from the decider's initial state. */
export function fold<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, events: readonly E[]): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
}
