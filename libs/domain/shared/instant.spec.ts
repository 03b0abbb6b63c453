import { parseInstant } from './instant';

describe('instant', () => {
  it('converts a time with offset to UTC with milliseconds', () => {
    expect(parseInstant('2026-03-03T10:00:00+03:30', 'occurredAt')).toBe('2026-03-03T06:30:00.000Z');
  });

  it('keeps a UTC time and its fraction of a second', () => {
    expect(parseInstant('2026-03-03T06:30:00.12Z', 'occurredAt')).toBe('2026-03-03T06:30:00.120Z');
  });

  it('crosses the date line when the offset says so', () => {
    expect(parseInstant('2026-01-01T01:00:00+05:00', 'occurredAt')).toBe('2025-12-31T20:00:00.000Z');
  });

  it('refuses a date and time without offset, which is ambiguous', () => {
    expect(() => parseInstant('2026-03-03T10:00:00', 'occurredAt')).toThrow(/with offset/);
  });

  it('refuses a date without a time', () => {
    expect(() => parseInstant('2026-03-03', 'occurredAt')).toThrow(/with offset/);
  });

  it.each(['2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-13-01T10:00:00Z', '2026-03-03T24:00:00Z'])(
    'refuses the impossible %s',
    (input) => {
      expect(() => parseInstant(input, 'occurredAt')).toThrow(/exists/);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseInstant('2028-02-29T00:00:00Z', 'occurredAt')).toBe('2028-02-29T00:00:00.000Z');
  });
});
