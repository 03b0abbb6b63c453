import { parseLanguage } from './language';

describe('language', () => {
  it('returns the canonical form of a BCP 47 tag', () => {
    expect(parseLanguage('fa-ir', 'preferredLanguage')).toBe('fa-IR');
    expect(parseLanguage('zh-hant-tw', 'preferredLanguage')).toBe('zh-Hant-TW');
  });

  it('replaces a deprecated tag by its preferred one', () => {
    expect(parseLanguage('iw', 'language')).toBe('he');
  });

  it('refuses words that are not language tags', () => {
    expect(() => parseLanguage('english language', 'preferredLanguage')).toThrow(/BCP 47/);
  });

  it('refuses an empty tag', () => {
    expect(() => parseLanguage('', 'preferredLanguage')).toThrow(/must not be empty/);
  });
});
