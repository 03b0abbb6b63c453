import { InvalidValueError } from '../shared/errors';
import { duplicateKeys } from './duplicate-keys';

describe('duplicate keys of a registration', () => {
  it('gives lower-cased emails, E.164 phones and system:id external refs', () => {
    expect(
      duplicateKeys({
        emails: ['Sara@Example.com'],
        phones: ['0912 345 6789'],
        country: 'IR',
        externalRefs: [{ system: 'SAP', id: '100042' }],
      }),
    ).toEqual({ emails: ['sara@example.com'], phones: ['+989123456789'], externalRefs: ['sap:100042'] });
  });

  it('gives empty lists when the registration has no contact points', () => {
    expect(duplicateKeys({})).toEqual({ emails: [], phones: [], externalRefs: [] });
  });

  it('refuses values the decider would refuse', () => {
    expect(() => duplicateKeys({ emails: ['nope'] })).toThrow(InvalidValueError);
  });
});
