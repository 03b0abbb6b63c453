import { fold } from '../shared/decider';
import { customerDecider } from './customer.decider';
import { consentGranted, consentWithdrawn, customerId, saraRegistered } from './customer.fixtures';

describe('customer state', () => {
  it('is unregistered before any event', () => {
    expect(fold(customerDecider, [])).toEqual({ status: 'unregistered' });
  });

  it('folds profile changes, contact points and consents into the state as of the last event', () => {
    const state = fold(customerDecider, [
      saraRegistered,
      { type: 'crm.customer.profile-changed', data: { customerId, currency: 'IRR' }, personal: { name: 'Sara A.' } },
      { type: 'crm.customer.contact-point-removed', data: { customerId, contactPointId: 'cp-email', contactPointType: 'email' } },
      consentGranted('marketing', 'any', '2026-03-01T09:00:00.000Z'),
      consentWithdrawn('marketing', 'sms', '2026-02-20T09:00:00.000Z'),
    ]);
    expect(state).toEqual({
      status: 'registered',
      customerId,
      kind: 'person',
      name: 'Sara A.',
      country: 'IR',
      currency: 'IRR',
      contactPoints: [{ id: 'cp-phone', type: 'phone', value: '+989123456789' }],
      addresses: [],
      externalRefs: [],
      consents: [
        { purpose: 'marketing', channel: 'any', granted: true, occurredAt: '2026-03-01T09:00:00.000Z' },
        { purpose: 'marketing', channel: 'sms', granted: false, occurredAt: '2026-02-20T09:00:00.000Z' },
      ],
    });
  });

  it('does not change the state it folds from, so earlier states stay valid for as-of answers', () => {
    const registered = fold(customerDecider, [saraRegistered]);
    const snapshot = JSON.stringify(registered);
    customerDecider.evolve(registered, consentGranted('marketing', 'email'));
    customerDecider.evolve(registered, { type: 'crm.customer.profile-changed', data: { customerId, cleared: ['country'] }, personal: {} });
    expect(JSON.stringify(registered)).toBe(snapshot);
  });
});
