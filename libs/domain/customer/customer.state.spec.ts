import { fold } from '../shared/decider';
import { isConsentGranted } from './consents';
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
      consentGranted('marketing', 'any'),
      consentWithdrawn('marketing', 'sms'),
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
      consents: { marketing: { any: true, sms: false } },
    });
  });

  it('answers consent questions per channel from the folded state', () => {
    const state = fold(customerDecider, [saraRegistered, consentGranted('marketing', 'any'), consentWithdrawn('marketing', 'sms')]);
    if (state.status !== 'registered') throw new Error('expected a registered customer');
    expect(isConsentGranted(state.consents, 'marketing', 'email')).toBe(true);
    expect(isConsentGranted(state.consents, 'marketing', 'sms')).toBe(false);
    expect(isConsentGranted(state.consents, 'service', 'email')).toBe(false);
  });

  it('does not change the state it folds from, so earlier states stay valid for as-of answers', () => {
    const registered = fold(customerDecider, [saraRegistered]);
    const snapshot = JSON.stringify(registered);
    customerDecider.evolve(registered, consentGranted('marketing', 'email'));
    customerDecider.evolve(registered, { type: 'crm.customer.profile-changed', data: { customerId, cleared: ['country'] }, personal: {} });
    expect(JSON.stringify(registered)).toBe(snapshot);
  });
});
