import { fold } from '../shared/decider';
import { InvalidValueError, NotFoundError } from '../shared/errors';
import { given, testContext } from '../testing/decider-spec';
import { signingSecrets, subscriptionDecider } from './subscription.decider';
import { SubscriptionEvent } from './subscription.events';

const id = '0b9d6c1e-6c53-4f4e-9a55-1d2b5c8f7a10';
const secret = `whsec_${'A'.repeat(43)}=`;
const next = `whsec_${'B'.repeat(43)}=`;
const created: SubscriptionEvent = { type: 'crm.subscription.created', data: { subscriptionId: id, url: 'https://hooks.example.com/crm', types: [], fromPosition: 40 }, personal: { secret } };

describe('webhook subscriptions', () => {
  it('are created from the log head unless told where to start, with the secret kept apart in personal', () => {
    given(subscriptionDecider).when({ type: 'CreateSubscription', subscriptionId: id, url: 'https://hooks.example.com/crm', headPosition: 40, secret }).then([created]);
    given(subscriptionDecider).when({ type: 'CreateSubscription', subscriptionId: id, url: 'https://hooks.example.com/crm', types: ['crm.case.opened', 'crm.case.opened'], fromPosition: 0, headPosition: 40, secret })
      .thenMatches([{ data: { types: ['crm.case.opened'], fromPosition: 0 } }]);
  });

  it('refuse a URL that is no http(s) URL, types that are no event types and a start beyond the log head, all at once', () => {
    given(subscriptionDecider).when({ type: 'CreateSubscription', subscriptionId: id, url: 'ftp://x', types: ['DROP TABLE'], fromPosition: 41, headPosition: 40, secret })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'url' }), expect.objectContaining({ field: 'types' }), expect.objectContaining({ field: 'fromPosition' })] });
    given(subscriptionDecider).when({ type: 'CreateSubscription', subscriptionId: id, url: 'https://user:pw@hooks.example.com/', headPosition: 40, secret })
      .thenThrows(InvalidValueError, { errors: [{ field: 'url', message: 'must not carry credentials' }] });
  });

  it('rotate the secret with an overlap window in which both secrets sign', () => {
    given(subscriptionDecider, [created]).when({ type: 'RotateSecret', subscriptionId: id, secret: next, overlapMs: 3_600_000 }, testContext('2026-03-03T06:30:00.000Z'))
      .then([{ type: 'crm.subscription.secret-rotated', data: { subscriptionId: id, previousValidUntil: '2026-03-03T07:30:00.000Z' }, personal: { secret: next } }]);
    const state = fold(subscriptionDecider, [created, { type: 'crm.subscription.secret-rotated', data: { subscriptionId: id, previousValidUntil: '2026-03-03T07:30:00.000Z' }, personal: { secret: next } }]);
    expect(signingSecrets(state, new Date('2026-03-03T07:29:59Z'))).toEqual([next, secret]);
    expect(signingSecrets(state, new Date('2026-03-03T07:30:00Z'))).toEqual([next]);
  });

  it('replay from any position up to the head, and refuse everything once deleted', () => {
    given(subscriptionDecider, [created]).when({ type: 'ReplaySubscription', subscriptionId: id, fromPosition: 3, headPosition: 50 })
      .then([{ type: 'crm.subscription.replay-requested', data: { subscriptionId: id, fromPosition: 3 } }]);
    given(subscriptionDecider, [created]).when({ type: 'ReplaySubscription', subscriptionId: id, fromPosition: 51, headPosition: 50 }).thenThrows(InvalidValueError);
    const deleted: SubscriptionEvent = { type: 'crm.subscription.deleted', data: { subscriptionId: id } };
    given(subscriptionDecider, [created, deleted]).when({ type: 'RequeueDeadLetters', subscriptionId: id }).thenThrows(NotFoundError);
    given(subscriptionDecider).when({ type: 'DeleteSubscription', subscriptionId: id }).thenThrows(NotFoundError);
  });
});
