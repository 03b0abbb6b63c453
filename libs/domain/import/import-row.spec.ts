import { decideRow } from './import-row';
import { identityMapping, parseMapping } from './mapping';
import { InvalidValueError } from '../shared/errors';

const now = '2026-03-03T06:30:00.000Z';
const legacy = parseMapping({
  columns: { 'Full Name': 'name', 'E-mail': 'emails', Mobile: 'phones', Land: 'country', 'Kunden-Nr': 'externalRefs.legacy', Street: 'address.line', City: 'address.city', Notes: 'ignore' },
  defaults: { kind: 'person' },
});

describe('a legacy row through a column mapping', () => {
  it('becomes the registration the API would record: normalised contact points, refs and address', () => {
    const row = decideRow({ 'Full Name': ' Jürgen Groß ', 'E-mail': 'J.Gross@Example.DE; jg@example.de', Mobile: '030 1234567', Land: 'de', 'Kunden-Nr': 'K-0042', Street: 'Hauptstr. 1', City: 'Berlin', Notes: 'vip' }, legacy, now);
    expect(row).toEqual({
      ok: true,
      registered: {
        type: 'crm.customer.registered',
        data: { customerId: 'import-row', kind: 'person', country: 'DE' },
        personal: {
          name: 'Jürgen Groß',
          contactPoints: [
            { id: 'cp-1', type: 'email', value: 'j.gross@example.de' },
            { id: 'cp-2', type: 'email', value: 'jg@example.de' },
            { id: 'cp-3', type: 'phone', value: '+49301234567' },
          ],
          addresses: [{ lines: ['Hauptstr. 1'], city: 'Berlin' }],
          externalRefs: [{ system: 'legacy', id: 'K-0042' }],
        },
      },
    });
  });

  it('reports every wrong field of a row with the source column it came from', () => {
    const row = decideRow({ 'Full Name': '', 'E-mail': 'not-an-email', Mobile: '12', Land: 'Atlantis' }, legacy, now);
    expect(row.ok).toBe(false);
    expect(row.ok ? [] : row.errors).toEqual(expect.arrayContaining([
      { field: 'name', column: 'Full Name', message: 'is required' },
      expect.objectContaining({ field: 'emails[0]', column: 'E-mail', message: expect.stringContaining('not a valid email') }),
      expect.objectContaining({ field: 'phones[0]', column: 'Mobile' }),
      expect.objectContaining({ field: 'country', column: 'Land' }),
    ]));
  });

  it('takes the business time of the registration from a mapped column when there is one', () => {
    const mapping = parseMapping({ columns: { name: 'name', since: 'occurredAt' } });
    expect(decideRow({ name: 'Ada', since: '2019-05-01T00:00:00+02:00' }, mapping, now)).toMatchObject({ ok: true, occurredAt: '2019-04-30T22:00:00.000Z' });
    expect(decideRow({ name: 'Ada', since: '01/05/2019' }, mapping, now)).toMatchObject({ ok: false, errors: [{ field: 'occurredAt', column: 'since' }] });
  });

  it('maps columns named like fields to themselves when no mapping is given, and NDJSON lists as they are', () => {
    const mapping = identityMapping(['name', 'kind', 'emails', 'externalRefs.sap', 'unknown']);
    expect(mapping.columns).toEqual({ name: 'name', kind: 'kind', emails: 'emails', 'externalRefs.sap': 'externalRefs.sap' });
    const row = decideRow({ name: 'ACME', kind: 'organization', emails: ['info@acme.example'], 'externalRefs.sap': '100' }, mapping, now);
    expect(row).toMatchObject({ ok: true, registered: { data: { kind: 'organization' }, personal: { externalRefs: [{ system: 'sap', id: '100' }] } } });
  });

  it('refuses a mapping that names no known field', () => {
    expect(() => parseMapping({ columns: { Foo: 'shoeSize' } })).toThrow(InvalidValueError);
    expect(() => parseMapping({ columns: {}, defaults: { name: 'x' } })).toThrow(InvalidValueError);
  });
});
