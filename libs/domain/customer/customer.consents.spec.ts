import { InvalidValueError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { customerDecider } from './customer.decider';
import { consentGranted, consentWithdrawn, customerId, saraRegistered } from './customer.fixtures';

const grant = (purpose: string, channel: string, source?: string) =>
  ({ type: 'GrantConsent', customerId, purpose, channel, source }) as const;
const withdraw = (purpose: string, channel: string) => ({ type: 'WithdrawConsent', customerId, purpose, channel }) as const;

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

  it('records nothing when the consent is already granted', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email')])
      .when(grant('marketing', 'email'))
      .then([]);
  });

  it('treats a channel as granted when every channel of the purpose is', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'any')])
      .when(grant('marketing', 'sms'))
      .then([]);
  });

  it('records a withdrawal of a granted consent', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email')])
      .when(withdraw('marketing', 'email'))
      .then([consentWithdrawn('marketing', 'email')]);
  });

  it('records nothing when withdrawing a consent that was never granted', () => {
    given(customerDecider, [saraRegistered]).when(withdraw('marketing', 'email')).then([]);
  });

  it('records nothing when withdrawing a consent a second time', () => {
    given(customerDecider, [saraRegistered, consentGranted('service', 'sms'), consentWithdrawn('service', 'sms')])
      .when(withdraw('service', 'sms'))
      .then([]);
  });

  it('lets one channel be withdrawn from a consent given for every channel', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'any')])
      .when(withdraw('marketing', 'sms'))
      .then([consentWithdrawn('marketing', 'sms')]);
  });

  it('records a grant for every channel when one channel was withdrawn from it', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'any'), consentWithdrawn('marketing', 'sms')])
      .when(grant('marketing', 'any'))
      .then([consentGranted('marketing', 'any')]);
  });

  it('withdraws every channel of a purpose when withdrawn for any channel', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'email'), consentWithdrawn('marketing', 'any')])
      .when(grant('marketing', 'email'))
      .then([consentGranted('marketing', 'email')]);
  });

  it('records a withdrawal for any channel while some single channel is granted', () => {
    given(customerDecider, [saraRegistered, consentGranted('marketing', 'post')])
      .when(withdraw('marketing', 'any'))
      .then([consentWithdrawn('marketing', 'any')]);
  });

  it('keeps consents of different purposes apart', () => {
    given(customerDecider, [saraRegistered, consentGranted('service', 'email')])
      .when(grant('marketing', 'email'))
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
