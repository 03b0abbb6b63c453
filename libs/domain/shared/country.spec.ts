import { parseCountry } from './country';

describe('country', () => {
  it('upper-cases an ISO 3166-1 alpha-2 code', () => {
    expect(parseCountry(' ir ', 'country')).toBe('IR');
  });

  it('accepts assigned codes that have no telephone numbering plan', () => {
    expect(parseCountry('AQ', 'country')).toBe('AQ');
  });

  it.each(['XX', 'ZZ', 'EU', 'UK', 'AC', 'IRN', ''])('refuses %j, which is no assigned country code', (code) => {
    expect(() => parseCountry(code, 'country')).toThrow(/ISO 3166-1/);
  });
});
