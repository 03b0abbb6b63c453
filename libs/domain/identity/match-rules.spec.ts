import { IdentityProfile, matchProfiles } from './match-rules';
import { nameSimilarity } from './name-similarity';

const person = (customerId: string, fields: Partial<IdentityProfile>): IdentityProfile => ({
  customerId, kind: 'person', name: null, emails: [], phones: [], externalRefKeys: [], addresses: [], country: null, ...fields,
});

describe('name similarity', () => {
  it('treats word order, case and Latin diacritics as the same name', () => {
    expect(nameSimilarity('José Álvarez', 'alvarez jose')).toBe(1);
  });

  it('folds Arabic and Persian letter forms of one Persian name together', () => {
    expect(nameSimilarity('علي كريمي', 'علی کریمی')).toBe(1);
  });

  it('scores a typo in a long name high and different people low', () => {
    expect(nameSimilarity('Katharina Schneider', 'Katharina Schnieder')).toBeGreaterThan(0.85);
    expect(nameSimilarity('Katharina Schneider', 'Karl Schmidt')).toBeLessThan(0.6);
  });

  it('keeps a person with a middle name close to the same person without it', () => {
    expect(nameSimilarity('Maria Luisa Fernandez', 'Maria Fernandez')).toBeGreaterThanOrEqual(0.85);
  });

  it('compares CJK names character by character and runs of words joined without spaces', () => {
    expect(nameSimilarity('山田 太郎', '山田太郎')).toBe(1);
    expect(nameSimilarity('Van der Berg', 'Vanderberg')).toBe(1);
    expect(nameSimilarity('王小明', '李大伟')).toBe(0);
  });
});

describe('identity match rules', () => {
  it('matches exactly on a shared normalised email, phone or external ref, with score 1', () => {
    const match = matchProfiles(
      person('a', { emails: ['sara@example.com'], phones: ['+989123456789'], externalRefKeys: ['sap:1'] }),
      person('b', { emails: ['sara@example.com'], phones: ['+989123456789'], externalRefKeys: ['sap:1'] }),
    );
    expect(match).toEqual({
      score: 1,
      reasons: [
        { rule: 'same-email', score: 1, detail: 'sara@example.com' },
        { rule: 'same-phone', score: 1, detail: '+989123456789' },
        { rule: 'same-external-ref', score: 1, detail: 'sap:1' },
      ],
    });
  });

  it('matches a similar name at the same address, scored by the name similarity', () => {
    const home = { lines: ['Valiasr St 12'], city: 'Tehran', postalCode: '1516' };
    const match = matchProfiles(person('a', { name: 'سارا احمدي', addresses: [home] }), person('b', { name: 'سارا احمدی', addresses: [{ ...home, lines: ['Valiasr St. 12'] }] }));
    expect(match).toMatchObject({ score: 1, reasons: [{ rule: 'similar-name-and-address', score: 1 }] });
  });

  it('matches people with similar names sharing a corporate mail domain, but not a public one', () => {
    const a = person('a', { name: 'Katharina Schneider', emails: ['k.schneider@acme.example'] });
    const b = person('b', { name: 'Katharina Schnieder', emails: ['katharina@acme.example'] });
    expect(matchProfiles(a, b)).toMatchObject({ reasons: [{ rule: 'similar-name-and-organisation', detail: expect.stringContaining('acme.example') }] });
    expect(matchProfiles({ ...a, emails: ['ks@gmail.com'] }, { ...b, emails: ['kathi@gmail.com'] })).toBeNull();
  });

  it('matches organisations with similar names in the same country', () => {
    const org = (id: string, name: string, country: string): IdentityProfile => ({ ...person(id, { name, country }), kind: 'organization' });
    expect(matchProfiles(org('a', 'Acme Trading GmbH', 'DE'), org('b', 'ACME Trading GmbH.', 'DE'))?.score).toBe(0.95);
    expect(matchProfiles(org('a', 'Acme Trading GmbH', 'DE'), org('b', 'Acme Trading GmbH', 'AT'))).toBeNull();
  });

  it('does not match a similar name alone, nor a person with an organisation', () => {
    expect(matchProfiles(person('a', { name: 'Sara Ahmadi' }), person('b', { name: 'Sara Ahmadi' }))).toBeNull();
    const home = { lines: ['Main St 1'], city: 'Berlin' };
    expect(matchProfiles(person('a', { name: 'Acme', addresses: [home] }), { ...person('b', { name: 'Acme', addresses: [home] }), kind: 'organization' })).toBeNull();
  });

  it('does not take two addresses in different countries for the same one', () => {
    const a = person('a', { name: 'Sara Ahmadi', addresses: [{ lines: ['Main St 1'], postalCode: '10115', country: 'DE' }] });
    const b = person('b', { name: 'Sara Ahmadi', addresses: [{ lines: ['Main St 1'], postalCode: '10115', country: 'US' }] });
    expect(matchProfiles(a, b)).toBeNull();
  });
});
