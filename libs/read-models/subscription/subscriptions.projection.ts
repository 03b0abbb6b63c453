import { SubscriptionEvent } from '../../domain/subscription/subscription.events';
import { Projection } from '../projection';

/**
 * Webhook subscriptions by id, never their secrets. Replay and requeue requests are kept with the
 * log position that asked for them: the delivery job acts on a request once, when that position
 * is above the one it last acted on.
 */
export const subscriptionsProjection: Projection = {
  name: 'subscriptions',
  version: 1,
  indexes: [{ fields: { status: 1 } }],
  canHandle: (type) => type.startsWith('crm.subscription.'),
  documentIds(event) {
    return event.type.startsWith('crm.subscription.') ? [String(event.data.subscriptionId)] : [];
  },
  evolve(doc, envelope, id) {
    const event = envelope as unknown as SubscriptionEvent;
    if (event.type === 'crm.subscription.created') {
      return doc ?? {
        _id: id, subscriptionId: id, url: event.data.url, types: event.data.types, fromPosition: event.data.fromPosition, status: 'active',
        createdAt: envelope.occurredAt, createdPosition: envelope.position, secretRotatedAt: null, previousSecretValidUntil: null,
        replay: null, requeuePosition: null, deletedAt: null,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'crm.subscription.secret-rotated':
        return { ...doc, secretRotatedAt: envelope.occurredAt, previousSecretValidUntil: event.data.previousValidUntil };
      case 'crm.subscription.replay-requested':
        return { ...doc, replay: { fromPosition: event.data.fromPosition, requestedAt: envelope.occurredAt, requestPosition: envelope.position } };
      case 'crm.subscription.dead-letters-requeued':
        return { ...doc, requeuePosition: envelope.position };
      case 'crm.subscription.deleted':
        return { ...doc, status: 'deleted', deletedAt: envelope.occurredAt };
      default:
        return doc;
    }
  },
};
