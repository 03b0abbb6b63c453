import { InvalidValueError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { customerDecider } from './customer.decider';
import { customerId, saraRegistered } from './customer.fixtures';

const change = { type: 'ChangeProfile' as const, customerId };

describe('customer profile changes', () => {
  it('records only the fields that actually changed', () => {
    given(customerDecider, [saraRegistered])
      .when({ ...change, name: 'سارا احمدی', country: 'ir', timeZone: 'Asia/Tehran', currency: 'IRR' })
      .then([
        {
          type: 'crm.customer.profile-changed',
          data: { customerId, timeZone: 'Asia/Tehran', currency: 'IRR' },
          personal: {},
        },
      ]);
  });

  it('records nothing when nothing changed', () => {
    given(customerDecider, [saraRegistered]).when({ ...change, name: ' سارا احمدی ', kind: 'person' }).then([]);
  });

  it('records a new Unicode name as personal data', () => {
    given(customerDecider, [saraRegistered])
      .when({ ...change, name: '佐藤 さくら 🌸' })
      .then([{ type: 'crm.customer.profile-changed', data: { customerId }, personal: { name: '佐藤 さくら 🌸' } }]);
  });

  it('removes an optional field given as null and says so in cleared', () => {
    given(customerDecider, [saraRegistered])
      .when({ ...change, country: null, partnerId: null })
      .then([{ type: 'crm.customer.profile-changed', data: { customerId, cleared: ['country'] }, personal: {} }]);
  });

  it('replaces the addresses and external refs as whole lists', () => {
    given(customerDecider, [saraRegistered])
      .when({ ...change, addresses: [{ lines: ['Enghelab Sq'], city: 'Tehran' }], externalRefs: [{ system: 'crm2', id: '9' }] })
      .then([
        {
          type: 'crm.customer.profile-changed',
          data: { customerId },
          personal: {
            addresses: [{ lines: ['Enghelab Sq'], city: 'Tehran' }],
            externalRefs: [{ system: 'crm2', id: '9' }],
          },
        },
      ]);
  });

  it("reads later phone numbers in the customer's new country", () => {
    given(customerDecider, [
      saraRegistered,
      { type: 'crm.customer.profile-changed', data: { customerId, country: 'DE' }, personal: {} },
    ])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'phone', value: '030 901820' })
      .thenMatches([{ personal: { value: '+4930901820' } }]);
  });

  it('forgets a cleared country, so local numbers are then refused', () => {
    given(customerDecider, [
      saraRegistered,
      { type: 'crm.customer.profile-changed', data: { customerId, cleared: ['country'] }, personal: {} },
    ])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'phone', value: '0912 111 2222' })
      .thenThrows(InvalidValueError);
  });

  it('refuses an empty name rather than erasing it', () => {
    given(customerDecider, [saraRegistered])
      .when({ ...change, name: '' })
      .thenThrows(InvalidValueError, { errors: [{ field: 'name', message: 'must not be empty' }] });
  });

  it('refuses an unknown time zone and an address without any line, city or postal code', () => {
    given(customerDecider, [saraRegistered])
      .when({ ...change, timeZone: 'Asia/Atlantis', addresses: [{ lines: [] }] })
      .thenThrows(InvalidValueError, {
        errors: [expect.objectContaining({ field: 'addresses[0]' }), expect.objectContaining({ field: 'timeZone' })],
      });
  });
});
