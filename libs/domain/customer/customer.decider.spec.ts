import { BusinessRuleError, InvalidValueError, NotFoundError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { customerDecider } from './customer.decider';
import { customerId, registerSara, saraRegistered } from './customer.fixtures';

describe('customer registration', () => {
  it('registers a customer with contact points normalised and ids from the context', () => {
    given(customerDecider, [])
      .when(registerSara)
      .then([
        {
          type: 'crm.customer.registered',
          data: { customerId, kind: 'person', country: 'IR' },
          personal: {
            name: 'سارا احمدی',
            contactPoints: [
              { id: 'id-1', type: 'email', value: 'sara@example.com' },
              { id: 'id-2', type: 'phone', value: '+989123456789' },
            ],
            addresses: [],
            externalRefs: [],
          },
        },
      ]);
  });

  it("normalises a local Iranian mobile number to E.164 using the customer's country", () => {
    given(customerDecider, [])
      .when({ ...registerSara, emails: [], phones: ['0912 345 6789'], country: 'IR' })
      .thenMatches([{ personal: { contactPoints: [{ id: 'id-1', type: 'phone', value: '+989123456789' }] } }]);
  });

  it.each([
    ['Persian', 'سارا احمدی'],
    ['Arabic', 'محمد العلي'],
    ['Chinese', '王小明'],
    ['emoji', 'Café 🚀 Ltd'],
  ])('keeps a %s name exactly as given', (_script, name) => {
    given(customerDecider, []).when({ ...registerSara, name }).thenMatches([{ personal: { name } }]);
  });

  it('normalises the optional profile values and keeps addresses and external refs apart as personal data', () => {
    given(customerDecider, [])
      .when({
        type: 'RegisterCustomer',
        customerId,
        kind: 'organization',
        name: '  Tehran Bottling Co. ',
        preferredLanguage: 'fa-ir',
        country: 'ir',
        timeZone: 'Asia/Tehran',
        currency: 'irr',
        partnerId: 'partner-7',
        addresses: [{ lines: [' Valiasr St 12 '], city: 'Tehran', country: 'ir' }],
        externalRefs: [{ system: 'SAP', id: '100042' }],
      })
      .then([
        {
          type: 'crm.customer.registered',
          data: {
            customerId,
            kind: 'organization',
            preferredLanguage: 'fa-IR',
            country: 'IR',
            timeZone: 'Asia/Tehran',
            currency: 'IRR',
            partnerId: 'partner-7',
          },
          personal: {
            name: 'Tehran Bottling Co.',
            contactPoints: [],
            addresses: [{ lines: ['Valiasr St 12'], city: 'Tehran', country: 'IR' }],
            externalRefs: [{ system: 'sap', id: '100042' }],
          },
        },
      ]);
  });

  it('records an email written twice in different case only once', () => {
    given(customerDecider, [])
      .when({ ...registerSara, emails: ['sara@example.com', 'SARA@EXAMPLE.COM'], phones: [] })
      .thenMatches([{ personal: { contactPoints: [{ id: 'id-1', type: 'email', value: 'sara@example.com' }] } }]);
  });

  it('refuses a second registration of the same customer', () => {
    given(customerDecider, [saraRegistered]).when(registerSara).thenThrows(BusinessRuleError);
  });

  it('reports every invalid field of a registration at once', () => {
    given(customerDecider, [])
      .when({ ...registerSara, name: ' ', emails: ['not-an-email'], country: 'XX', currency: 'EURO' })
      .thenThrows(InvalidValueError, {
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'name' }),
          expect.objectContaining({ field: 'emails[0]' }),
          expect.objectContaining({ field: 'country' }),
          expect.objectContaining({ field: 'currency' }),
        ]),
      });
  });

  it('refuses a local phone number when the customer has no country', () => {
    given(customerDecider, [])
      .when({ ...registerSara, country: undefined })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'phones[0]' })] });
  });

  it('refuses a kind other than person or organization', () => {
    given(customerDecider, [])
      .when({ ...registerSara, kind: 'robot' as never })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'kind' })] });
  });
});

describe('commands on a customer that does not exist', () => {
  it.each([
    { type: 'ChangeProfile' as const, customerId, name: 'Someone' },
    { type: 'AddContactPoint' as const, customerId, contactPointType: 'email' as const, value: 'a@b.example' },
    { type: 'RemoveContactPoint' as const, customerId, contactPointId: 'cp-email' },
    { type: 'GrantConsent' as const, customerId, purpose: 'marketing', channel: 'email' },
    { type: 'WithdrawConsent' as const, customerId, purpose: 'marketing', channel: 'email' },
  ])('refuses $type as an unknown customer', (command) => {
    given(customerDecider, []).when(command).thenThrows(NotFoundError, { entity: 'customer', id: customerId });
  });
});

describe('customer erasure', () => {
  it('names the cases, tasks and feedback whose copies must forget the customer, once', () => {
    given(customerDecider, [saraRegistered])
      .when({ type: 'EraseCustomer', customerId, reason: 'Art. 17', caseIds: ['k2', 'k1', 'k2'], taskIds: [], feedbackIds: ['f1'] })
      .then([{ type: 'crm.customer.erased', data: { customerId, reason: 'Art. 17', caseIds: ['k1', 'k2'], feedbackIds: ['f1'] } }]);
    given(customerDecider, [saraRegistered, { type: 'crm.customer.erased', data: { customerId, caseIds: ['k1'] } }])
      .when({ type: 'EraseCustomer', customerId, caseIds: ['k1'] }).then([]);
  });

  it('names, when repeated, only the records no earlier erasure named (one recorded while the key was destroyed)', () => {
    given(customerDecider, [saraRegistered, { type: 'crm.customer.erased', data: { customerId, caseIds: ['k1'], taskIds: ['t1'] } }])
      .when({ type: 'EraseCustomer', customerId, caseIds: ['k1', 'k2'], taskIds: ['t1'] })
      .then([{ type: 'crm.customer.erased', data: { customerId, caseIds: ['k2'] } }]);
  });
});
