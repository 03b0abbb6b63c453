import { InvalidValueError } from '../../shared/errors';
import { formatRatio, parseDecimal, toScaled } from './decimal';
import { fromUnits, minorDigits, parseMoney, toUnits } from './money';

describe('decimal values', () => {
  it('writes a decimal in canonical form whether sent as a string or a number', () => {
    expect(parseDecimal('0120.50', 'rate', { maxScale: 6 })).toBe('120.5');
    expect(parseDecimal(0.1, 'rate', { maxScale: 6 })).toBe('0.1');
    expect(parseDecimal(42, 'rate', { maxScale: 6 })).toBe('42');
  });

  it('refuses negative, malformed, over-precise and zero-when-positive values', () => {
    for (const bad of ['-1', '1e5', 'abc', '1.1234567']) {
      expect(() => parseDecimal(bad, 'rate', { maxScale: 6 })).toThrow(InvalidValueError);
    }
    expect(() => parseDecimal('0.000', 'rate', { maxScale: 6, positive: true })).toThrow('greater than zero');
    expect(() => parseDecimal('1.01', 'p', { maxScale: 4, max: '1' })).toThrow('at most 1');
  });

  it('rounds a ratio half to even at the requested digits', () => {
    expect(formatRatio(125n, 1000n, 2)).toBe('0.12');
    expect(formatRatio(135n, 1000n, 2)).toBe('0.14');
    expect(formatRatio(1n, 3n, 4)).toBe('0.3333');
    expect(formatRatio(5n, 1n, 0)).toBe('5');
  });
});

describe('money', () => {
  it('writes the amount with the minor digits of its currency', () => {
    expect(parseMoney({ amount: '120.5', currency: 'eur' }, 'amount')).toEqual({ amount: '120.50', currency: 'EUR' });
    expect(parseMoney({ amount: 1500, currency: 'JPY' }, 'amount')).toEqual({ amount: '1500', currency: 'JPY' });
    expect(minorDigits('BHD')).toBe(3);
  });

  it('refuses an amount with more digits than its currency has', () => {
    expect(() => parseMoney({ amount: '10.001', currency: 'EUR' }, 'amount')).toThrow(InvalidValueError);
    expect(() => parseMoney({ amount: '10', currency: 'XXXX' }, 'amount')).toThrow(InvalidValueError);
  });

  it('splits an amount into two parts that add back exactly, even for large rial sums', () => {
    const amount = '98765432198765.4321'; // ~10^14 rial
    const { hi, lo } = toUnits(amount);
    expect(fromUnits(hi, lo)).toBe(toScaled(amount, 4));
    expect(Number.isSafeInteger(hi * 100_000) && Number.isSafeInteger(lo * 1_000_000)).toBe(true);
  });
});
