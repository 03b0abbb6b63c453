import { InvalidValueError } from '../shared/errors';
import { given, testContext } from '../testing/decider-spec';
import { customerDecider } from './customer.decider';
import { consentGranted, consentWithdrawn, customerId, saraRegistered } from './customer.fixtures';

const grant = (purpose: string, channel: string, source?: string) =>
  ({ type: 'GrantConsent', customerId, purpose, channel, source }) as const;
const withdraw = (purpose: string, channel: string, source?: string) => ({ type: 'WithdrawConsent', customerId, purpose, channel, source }) as const;

const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-03-02T09:00:00.000Z';
const T3 = '2026-03-03T09:00:00.000Z';
/** The command said at business time `at` (the request's occurredAt). */
const at = (instant: string) => testContext(instant);

describe('customer consents', () => {
  it('records a consent with its source', () => {
    given(customerDecider, [saraRegistered])
      .when(grant('Marketing', 'EMAIL', 'newsletter form'))
      .then([
        {
          type: 'crm.customer.consent-granted',
          data: { customerId, purpose: 'marketing', channel: 'email', source: 'newsletter form' },
        },
      ]);
  });

  it('records nothing for an exact repeat of a grant: same purpose, channel and business time', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T2)])
      .when(grant('marketing', 'email', 'a re-sent sync'), at(T2))
      .then([]);
  });

  it('records nothing for an exact repeat of a withdrawal', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T1), consentWithdrawn('marketing', 'email', T2)])
      .when(withdraw('marketing', 'email'), at(T2))
      .then([]);
  });

  it('records a grant back-dated before the same grant, since it says consent was in force earlier', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T2)])
      .when(grant('marketing', 'email'), at(T1))
      .then([consentGranted('marketing', 'email')]);
  });

  it('records a grant repeated later, since a withdrawal back-dated between the two would otherwise win after it', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T1)])
      .when(grant('marketing', 'email'), at(T3))
      .then([consentGranted('marketing', 'email')]);
  });

  it('records a withdrawal back-dated before a recorded withdrawal, since it ends the grant earlier', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T1), consentWithdrawn('marketing', 'email', T3)])
      .when(withdraw('marketing', 'email'), at(T2))
      .then([consentWithdrawn('marketing', 'email')]);
  });

  it('records a withdrawal of a consent never granted, since a grant back-dated before it may still come', () => {
    given(customerDecider, [saraRegistered]).when(withdraw('marketing', 'email'), at(T2)).then([consentWithdrawn('marketing', 'email')]);
  });

  it('records a grant on one channel back-dated before a grant for every channel', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'any', T2)])
      .when(grant('marketing', 'sms'), at(T1))
      .then([consentGranted('marketing', 'sms')]);
  });

  it('records a grant for every channel back-dated before a channel grant, though that channel is already granted after it', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T2)])
      .when(grant('marketing', 'any'), at(T1))
      .then([consentGranted('marketing', 'any')]);
  });

  it('records a withdrawal for every channel back-dated before a withdrawal of one channel', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'any', T1), consentWithdrawn('marketing', 'sms', T3)])
      .when(withdraw('marketing', 'any'), at(T2))
      .then([consentWithdrawn('marketing', 'any')]);
  });

  it('records a channel statement at the business time of an any statement: they are different records', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'any', T2)])
      .when(grant('marketing', 'email'), at(T2))
      .then([consentGranted('marketing', 'email')]);
  });

  it('records a withdrawal at the very business time of a grant: it is not a repeat', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email', T2)])
      .when(withdraw('marketing', 'email'), at(T2))
      .then([consentWithdrawn('marketing', 'email')]);
  });

  it('keeps consents of different purposes apart', () => {
    given(customerDecider, [saraRegistered, consentGranted('service', 'email', T2)])
      .when(grant('marketing', 'email'), at(T2))
      .then([consentGranted('marketing', 'email')]);
  });

  it('refuses a purpose that is not a lower-case word', () => {
    given(customerDecider, [saraRegistered])
      .when(grant('direct marketing!', 'email'))
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'purpose' })] });
  });

  it('refuses an unknown consent channel', () => {
    given(customerDecider, [saraRegistered])
      .when(grant('marketing', 'pigeon'))
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'channel' })] });
  });
});
