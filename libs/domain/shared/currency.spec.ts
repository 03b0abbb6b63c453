import { parseCurrency } from './currency';

describe('currency', () => {
  it('upper-cases an ISO 4217 code', () => {
    expect(parseCurrency('irr', 'currency')).toBe('IRR');
    expect(parseCurrency('EUR', 'currency')).toBe('EUR');
  });

  it.each(['EURO', 'XYZ', '€', ''])('refuses %j, which is no ISO 4217 code', (code) => {
    expect(() => parseCurrency(code, 'currency')).toThrow(/ISO 4217/);
  });
});
