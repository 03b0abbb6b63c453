import { parseTimeZone } from './time-zone';

describe('time zone', () => {
  it('accepts an IANA zone as written', () => {
    expect(parseTimeZone('Asia/Tehran', 'timeZone')).toBe('Asia/Tehran');
  });

  it('canonicalises the spelling of a zone written in the wrong case', () => {
    expect(parseTimeZone('asia/tehran', 'timeZone')).toBe('Asia/Tehran');
  });

  it('accepts UTC and the aliases that Intl knows', () => {
    expect(parseTimeZone('UTC', 'timeZone')).toBe('UTC');
    expect(parseTimeZone('Asia/Calcutta', 'timeZone')).toMatch(/^Asia\/(Calcutta|Kolkata)$/);
  });

  it('refuses a fixed offset, which follows no daylight-saving rules', () => {
    expect(() => parseTimeZone('+03:30', 'timeZone')).toThrow(/IANA/);
  });

  it('refuses a zone that does not exist', () => {
    expect(() => parseTimeZone('Mars/Olympus_Mons', 'timeZone')).toThrow(/IANA/);
  });
});
