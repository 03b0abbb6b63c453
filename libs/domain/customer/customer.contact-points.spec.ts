import { InvalidValueError, NotFoundError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { customerDecider } from './customer.decider';
import { customerId, saraRegistered } from './customer.fixtures';

describe('customer contact points', () => {
  it("adds a local phone number in E.164, read in the customer's country", () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'phone', value: '021 8888 7777' })
      .then([
        {
          type: 'crm.customer.contact-point-added',
          data: { customerId, contactPointId: 'id-1', contactPointType: 'phone' },
          personal: { value: '+982188887777' },
        },
      ]);
  });

  it('adds an email lower-cased for matching', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'email', value: ' Sara.Work@Example.ORG ' })
      .then([
        {
          type: 'crm.customer.contact-point-added',
          data: { customerId, contactPointId: 'id-1', contactPointType: 'email' },
          personal: { value: 'sara.work@example.org' },
        },
      ]);
  });

  it('records nothing when the customer already has the same email, however it is written', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'email', value: 'SARA@example.com' })
      .then([]);
  });

  it('records nothing when the customer already has the same phone in another format', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'phone', value: '+98 912 345 6789' })
      .then([]);
  });

  it('refuses a phone number that cannot exist', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'phone', value: '0912' })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'value' })] });
  });

  it('refuses a contact point type other than email or phone', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'fax' as never, value: '123' })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'contactPointType' })] });
  });

  it('removes a contact point the customer has', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'RemoveContactPoint', customerId, contactPointId: 'cp-phone' })
      .then([
        {
          type: 'crm.customer.contact-point-removed',
          data: { customerId, contactPointId: 'cp-phone', contactPointType: 'phone' },
        },
      ]);
  });

  it('refuses to remove a contact point the customer does not have', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'RemoveContactPoint', customerId, contactPointId: 'cp-unknown' })
      .thenThrows(NotFoundError, { entity: 'contact point', id: 'cp-unknown' });
  });

  it('refuses to remove a contact point a second time', () => {
    given(customerDecider, [
      saraRegistered,
      {
        type: 'crm.customer.contact-point-removed',
        data: { customerId, contactPointId: 'cp-phone', contactPointType: 'phone' },
      },
    ])
      .when({ type: 'RemoveContactPoint', customerId, contactPointId: 'cp-phone' })
      .thenThrows(NotFoundError);
  });

  it('lets a removed phone number be added again', () => {
    given(customerDecider, [
      saraRegistered,
      {
        type: 'crm.customer.contact-point-removed',
        data: { customerId, contactPointId: 'cp-phone', contactPointType: 'phone' },
      },
    ])
      .when({ type: 'AddContactPoint', customerId, contactPointType: 'phone', value: '09123456789' })
      .then([
        {
          type: 'crm.customer.contact-point-added',
          data: { customerId, contactPointId: 'id-1', contactPointType: 'phone' },
          personal: { value: '+989123456789' },
        },
      ]);
  });
});
