import { Doc, DocumentStore, DocumentWrite } from '../../../../libs/read-models/document-store.port';

/**
 * Delivery progress per subscription, written by the delivery job only (the worker that holds the
 * lease). It is not a projection: it records what was sent, which the log cannot tell, and it
 * lives in the document store so that it works on SQLite and MongoDB alike. `_position` is a
 * write counter here (the store only replaces a document with a greater one), not a log position.
 */
export const DELIVERY_STATES = 'webhook_deliveries';
export const DEAD_LETTERS = 'webhook_dead_letters';

export interface DeliveryState extends Doc {
  subscriptionId: string;
  /** Every event up to here was delivered, parked as a dead letter, or not of the subscription's types. */
  position: number;
  delivered: number;
  deadLettered: number;
  /** Dead letters in a row since the last delivery: a dead receiver shows here. */
  consecutiveFailures: number;
  lastDeliveredAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Log positions of the replay and requeue requests already acted on. */
  replaySeen: number;
  requeueSeen: number;
  /** Appended to `webhook-id` after a replay, so receivers that drop repeats take replayed messages. */
  replayTag: string | null;
}

export interface DeadLetter extends Doc {
  subscriptionId: string;
  position: number;
  eventId: string;
  type: string;
  messageId: string;
  attempts: number;
  lastError: string;
  status: 'parked' | 'delivered';
  parkedAt: string;
  redeliveredAt: string | null;
}

export interface SubscriptionDoc extends Doc {
  subscriptionId: string;
  url: string;
  types: string[];
  fromPosition: number;
  status: 'active' | 'deleted';
  createdPosition: number;
  replay: { fromPosition: number; requestPosition: number } | null;
  requeuePosition: number | null;
}

export const deadLetterId = (subscriptionId: string, position: number): string => `${subscriptionId}:${position}`;

export class DeliveryStates {
  constructor(private readonly documents: DocumentStore) {}

  async load(subscription: SubscriptionDoc): Promise<DeliveryState> {
    const stored = await this.documents.collection(DELIVERY_STATES).findOne({ _id: subscription.subscriptionId });
    return (stored as DeliveryState | null) ?? {
      _id: subscription.subscriptionId, _position: 0, subscriptionId: subscription.subscriptionId, position: subscription.fromPosition,
      delivered: 0, deadLettered: 0, consecutiveFailures: 0, lastDeliveredAt: null, lastError: null, lastErrorAt: null,
      replaySeen: subscription.createdPosition, requeueSeen: subscription.createdPosition, replayTag: null,
    };
  }

  /** Saves the state (and dead letters) in one commit; returns the state as saved. */
  async save(state: DeliveryState, deadLetters: DeadLetter[] = []): Promise<DeliveryState> {
    const next = { ...state, _position: state._position + 1 };
    const writes: DocumentWrite[] = [{ collection: DELIVERY_STATES, doc: next }, ...deadLetters.map((doc) => ({ collection: DEAD_LETTERS, doc }))];
    await this.documents.commit(writes);
    return next;
  }

  async deadLetter(subscriptionId: string, position: number): Promise<DeadLetter | null> {
    return (await this.documents.collection(DEAD_LETTERS).findOne({ _id: deadLetterId(subscriptionId, position) })) as DeadLetter | null;
  }

  parked(subscriptionId: string): Promise<DeadLetter[]> {
    return this.documents.collection(DEAD_LETTERS).find({ subscriptionId, status: 'parked' }, { sort: { position: 1 } }) as Promise<DeadLetter[]>;
  }
}
