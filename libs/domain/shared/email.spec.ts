import { parseEmail } from './email';
import { InvalidValueError } from './errors';

describe('email', () => {
  it('trims the address and lower-cases its domain, keeping the mailbox as written', () => {
    expect(parseEmail('  Sara.Ahmadi@Example.COM ', 'emails[0]').value).toBe('Sara.Ahmadi@example.com');
  });

  it('offers a fully lower-cased form for duplicate detection', () => {
    expect(parseEmail('Sara.Ahmadi@Example.COM', 'email').normalized).toBe('sara.ahmadi@example.com');
  });

  it('accepts Unicode mailboxes and internationalised domains', () => {
    expect(parseEmail('سارا@مثال.ایران', 'email').value).toBe('سارا@مثال.ایران');
    expect(parseEmail('用户@例子.中国', 'email').normalized).toBe('用户@例子.中国');
  });

  it.each([
    ['no at sign', 'sara.example.com', /exactly one "@"/],
    ['two at signs', 'sara@home@example.com', /exactly one "@"/],
    ['an empty mailbox', '@example.com', /nothing before/],
    ['a domain without a dot', 'sara@localhost', /dot/],
    ['an empty domain label', 'sara@example..com', /dot/],
    ['a space inside', 'sara ahmadi@example.com', /spaces/],
  ])('refuses an address with %s', (_case, input, message) => {
    expect(() => parseEmail(input, 'email')).toThrow(message);
  });

  it('refuses an address longer than 254 characters', () => {
    expect(() => parseEmail(`${'a'.repeat(250)}@example.com`, 'email')).toThrow(/254/);
  });

  it('names the field given by the caller', () => {
    expect(() => parseEmail('nope', 'emails[1]')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'emails[1]' })] }),
    );
    expect(() => parseEmail('nope', 'emails[1]')).toThrow(InvalidValueError);
  });
});
