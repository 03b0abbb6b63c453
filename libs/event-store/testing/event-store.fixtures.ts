import { afterEach, beforeEach, expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EventEnvelope, NewEvent } from '../envelope';
import { WrongExpectedRevisionError } from '../errors';
import { EventStore, Subscription } from '../event-store.port';

/** What an adapter hands the contract suite for one test. */
export interface OpenedEventStore {
  store: EventStore;
  /** Opens a new store on the same durable state; the suite closes the current store first. */
  reopen?: () => Promise<EventStore>;
  /** Removes what `open` created. Called after the suite closed every store it was given. */
  cleanup: () => Promise<void>;
}

export type OpenEventStore = () => Promise<OpenedEventStore>;

/**
 * A fresh store per test. Tests use unique stream names and never assume an empty log,
 * so an adapter may share one server between tests.
 */
export function useEventStore(open: OpenEventStore): StoreUnderTest {
  let opened: OpenedEventStore;
  let current: EventStore;
  beforeEach(async () => {
    opened = await open();
    current = opened.store;
  });
  afterEach(async () => {
    await current.close();
    await opened.cleanup();
  });
  return {
    store: (): EventStore => current,
    canReopen: (): boolean => opened.reopen !== undefined,
    async reopen(): Promise<EventStore> {
      if (!opened.reopen) throw new Error('this adapter cannot reopen');
      await current.close();
      current = await opened.reopen();
      return current;
    },
  };
}

export interface StoreUnderTest {
  store(): EventStore;
  canReopen(): boolean;
  reopen(): Promise<EventStore>;
}

export function streamName(label: string): string {
  return `contract-${label}-${randomUUID()}`;
}

export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'test.thing-happened',
    schemaVersion: 1,
    subjectId: 'subject-1',
    occurredAt: '2026-03-03T10:00:00.000Z',
    data: { amount: 42, stage: 'qualified' },
    metadata: { actor: 'contract-suite', correlationId: randomUUID(), source: 'system' },
    ...overrides,
  };
}

export function newEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent({ data: { n: i } }));
}

/** Records what a subscription delivers and lets a test wait until a condition holds. */
export function collect(store: EventStore, after: number, onBatch?: (batch: EventEnvelope[]) => Promise<void>) {
  const events: EventEnvelope[] = [];
  const batches: EventEnvelope[][] = [];
  let check: () => void = () => undefined;
  const subscription: Subscription = store.subscribeAll(after, async (batch) => {
    batches.push(batch);
    events.push(...batch);
    await onBatch?.(batch);
    check();
  });
  return {
    events,
    batches,
    subscription,
    /** Resolves as soon as `predicate` holds for the events delivered so far. */
    until(predicate: (events: EventEnvelope[]) => boolean, timeoutMs = 10_000): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          check = () => undefined;
          reject(new Error(`condition not met after ${timeoutMs} ms; ${events.length} events delivered`));
        }, timeoutMs);
        check = () => {
          if (!predicate(events)) return;
          clearTimeout(timer);
          check = () => undefined;
          resolve();
        };
        check();
      });
    },
  };
}

/** Ids delivered for the given streams only: other tests or adapters may share the log. */
export function idsOf(events: EventEnvelope[], streams: string[]): string[] {
  return events.filter((e) => streams.includes(e.streamId)).map((e) => e.eventId);
}

/** Asserts a WrongExpectedRevisionError that reports `actual`. */
export async function expectConflict(attempt: Promise<unknown>, actual: number): Promise<void> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect((error as WrongExpectedRevisionError).actual).toBe(actual);
}
