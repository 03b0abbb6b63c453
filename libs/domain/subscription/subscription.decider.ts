import { Decider } from '../shared/decider';
import { BusinessRuleError, NotFoundError } from '../shared/errors';
import { parseId } from '../shared/identifier';
import { invalid, validateAll } from '../shared/validation';
import { SubscriptionEvent } from './subscription.events';

/** Secrets are made by the caller (randomness stays out of the decider). */
export type SubscriptionCommand =
  | { type: 'CreateSubscription'; subscriptionId: string; url: unknown; types?: unknown; fromPosition?: unknown; headPosition: number; secret: string }
  | { type: 'RotateSecret'; subscriptionId: string; secret: string; overlapMs: number }
  | { type: 'ReplaySubscription'; subscriptionId: string; fromPosition: unknown; headPosition: number }
  | { type: 'RequeueDeadLetters'; subscriptionId: string }
  | { type: 'DeleteSubscription'; subscriptionId: string };

export interface SubscriptionState {
  status: 'none' | 'active' | 'deleted';
  /** Newest first: the current secret, then the previous one while its overlap lasts. */
  secrets: { secret: string; validUntil?: string }[];
}

const EVENT_TYPE = /^crm\.[a-z0-9-]+\.[a-z0-9-]+$/;
export const SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/;

export function parseWebhookUrl(input: unknown, field = 'url'): string {
  let url: URL | undefined;
  try {
    url = new URL(String(input));
  } catch {
    url = undefined;
  }
  if (typeof input !== 'string' || !url || !['http:', 'https:'].includes(url.protocol)) throw invalid(field, 'must be an http(s) URL');
  if (url.username || url.password) throw invalid(field, 'must not carry credentials');
  return url.toString();
}

function parsePosition(input: unknown, field: string, head: number): number {
  if (typeof input !== 'number' || !Number.isSafeInteger(input) || input < 0) throw invalid(field, 'must be a log position (an integer ≥ 0)');
  if (input > head) throw invalid(field, `must not lie beyond the log head (${head})`);
  return input;
}

function parseTypes(input: unknown): string[] {
  if (input == null) return [];
  if (!Array.isArray(input) || input.length > 100) throw invalid('types', 'must be a list of at most 100 event types');
  for (const type of input) if (typeof type !== 'string' || !EVENT_TYPE.test(type)) throw invalid('types', 'must be event types such as crm.customer.registered');
  return [...new Set(input as string[])];
}

function decide(command: SubscriptionCommand, state: SubscriptionState, context: { now: string }): SubscriptionEvent[] {
  const { subscriptionId } = command;
  if (command.type === 'CreateSubscription') {
    if (state.status !== 'none') throw new BusinessRuleError(`subscription ${subscriptionId} already exists`);
    const created = validateAll({
      subscriptionId: () => parseId(subscriptionId, 'subscriptionId'),
      url: () => parseWebhookUrl(command.url),
      types: () => parseTypes(command.types),
      fromPosition: () => (command.fromPosition == null ? command.headPosition : parsePosition(command.fromPosition, 'fromPosition', command.headPosition)),
    });
    return [{ type: 'crm.subscription.created', data: created, personal: { secret: command.secret } }];
  }
  if (state.status !== 'active') throw new NotFoundError('subscription', subscriptionId);
  switch (command.type) {
    case 'RotateSecret':
      return [{
        type: 'crm.subscription.secret-rotated',
        data: { subscriptionId, previousValidUntil: new Date(Date.parse(context.now) + command.overlapMs).toISOString() },
        personal: { secret: command.secret },
      }];
    case 'ReplaySubscription':
      return [{ type: 'crm.subscription.replay-requested', data: { subscriptionId, fromPosition: parsePosition(command.fromPosition, 'fromPosition', command.headPosition) } }];
    case 'RequeueDeadLetters':
      return [{ type: 'crm.subscription.dead-letters-requeued', data: { subscriptionId } }];
    case 'DeleteSubscription':
      return [{ type: 'crm.subscription.deleted', data: { subscriptionId } }];
  }
}

function evolve(state: SubscriptionState, event: SubscriptionEvent): SubscriptionState {
  switch (event.type) {
    case 'crm.subscription.created':
      return { status: 'active', secrets: [{ secret: event.personal?.secret }].filter((s) => s.secret) as SubscriptionState['secrets'] };
    case 'crm.subscription.secret-rotated': {
      const previous = state.secrets[0] ? [{ ...state.secrets[0], validUntil: event.data.previousValidUntil }] : [];
      // An erased (unreadable) secret signs nothing.
      return { ...state, secrets: event.personal?.secret ? [{ secret: event.personal.secret }, ...previous] : previous };
    }
    case 'crm.subscription.deleted':
      return { ...state, status: 'deleted' };
    default:
      return state;
  }
}

/** A webhook subscription: created with a secret, rotated, replayed, requeued, deleted for good. */
export const subscriptionDecider: Decider<SubscriptionCommand, SubscriptionState, SubscriptionEvent> = {
  initialState: { status: 'none', secrets: [] },
  decide,
  evolve,
};

/** The secrets that sign a delivery at `now`: the current one, and the previous one within its overlap window. */
export function signingSecrets(state: SubscriptionState, now: Date): string[] {
  return state.secrets.filter((s) => s.validUntil === undefined || Date.parse(s.validUntil) > now.getTime()).map((s) => s.secret);
}
