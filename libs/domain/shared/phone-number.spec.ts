import { InvalidValueError } from './errors';
import { parsePhoneNumber } from './phone-number';

describe('phone number', () => {
  it("normalises a local Iranian mobile number to E.164 using the customer's country", () => {
    expect(parsePhoneNumber('0912 345 6789', 'phones[0]', 'IR')).toBe('+989123456789');
  });

  it('normalises an international number without needing a country', () => {
    expect(parsePhoneNumber('+1 212 555 0100', 'phone')).toBe('+12125550100');
  });

  it("keeps an international number's own country over the customer's", () => {
    expect(parsePhoneNumber('+98 912 345 6789', 'phone', 'US')).toBe('+989123456789');
  });

  it('understands the international call prefix 00 when the country is known', () => {
    expect(parsePhoneNumber('0044 20 7946 0958', 'phone', 'IR')).toBe('+442079460958');
  });

  it('refuses a local number when the country is unknown, saying how to fix it', () => {
    expect(() => parsePhoneNumber('0912 345 6789', 'phones[0]')).toThrow(/country code/);
  });

  it('refuses a number too short to exist', () => {
    expect(() => parsePhoneNumber('0912 345', 'phone', 'IR')).toThrow(InvalidValueError);
  });

  it('refuses text that is no number, naming the field given by the caller', () => {
    expect(() => parsePhoneNumber('call me maybe', 'phones[2]', 'IR')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'phones[2]' })] }),
    );
  });

  it('refuses an empty value and a value that is not a string', () => {
    expect(() => parsePhoneNumber('  ', 'phone', 'IR')).toThrow(/must not be empty/);
    expect(() => parsePhoneNumber(9123456789, 'phone', 'IR')).toThrow(/must be a string/);
  });
});
