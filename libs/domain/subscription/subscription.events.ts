/**
 * Webhook subscription events, in `subscription-<subscriptionId>`. The signing secret travels in
 * `personal`, so the event store seals it with the subscription's own key: the log, the feed and
 * Kafka only ever carry it as ciphertext. Delivery progress (position, attempts, dead letters) is
 * not in the log: the delivery job keeps it in the document store.
 */
export interface SubscriptionCreated {
  type: 'crm.subscription.created';
  schemaVersion?: number;
  data: {
    subscriptionId: string;
    url: string;
    /** Event types delivered; empty = every type. */
    types: string[];
    /** Deliveries start after this log position. */
    fromPosition: number;
  };
  personal: { secret: string };
}

export interface SubscriptionSecretRotated {
  type: 'crm.subscription.secret-rotated';
  schemaVersion?: number;
  data: {
    subscriptionId: string;
    /** Until when deliveries are also signed with the previous secret. */
    previousValidUntil: string;
  };
  personal: { secret: string };
}

export interface SubscriptionReplayRequested {
  type: 'crm.subscription.replay-requested';
  schemaVersion?: number;
  /** Deliveries start again after `fromPosition`. */
  data: { subscriptionId: string; fromPosition: number };
  personal?: Record<string, never>;
}

export interface SubscriptionDeadLettersRequeued {
  type: 'crm.subscription.dead-letters-requeued';
  schemaVersion?: number;
  /** Every dead letter parked before this event is delivered once more. */
  data: { subscriptionId: string };
  personal?: Record<string, never>;
}

export interface SubscriptionDeleted {
  type: 'crm.subscription.deleted';
  schemaVersion?: number;
  data: { subscriptionId: string };
  personal?: Record<string, never>;
}

export type SubscriptionEvent = SubscriptionCreated | SubscriptionSecretRotated | SubscriptionReplayRequested | SubscriptionDeadLettersRequeued | SubscriptionDeleted;
export const SUBSCRIPTION_EVENT_TYPES = [
  'crm.subscription.created', 'crm.subscription.secret-rotated', 'crm.subscription.replay-requested', 'crm.subscription.dead-letters-requeued', 'crm.subscription.deleted',
] as const;
export const subscriptionStream = (subscriptionId: string): string => `subscription-${subscriptionId}`;
