import { parseDisplayName } from './display-name';

describe('display name', () => {
  it.each([
    ['Persian', 'سارا احمدی'],
    ['Persian with a zero-width non-joiner', 'می‌خواهم'],
    ['Arabic', 'محمد بن سلمان'],
    ['Chinese', '王小明'],
    ['Japanese', '山田 太郎'],
    ['emoji with joiners', 'Team 👩‍👩‍👧 Rocket 🚀'],
  ])('keeps a %s name unchanged', (_script, name) => {
    expect(parseDisplayName(name, 'name')).toBe(name);
  });

  it('trims surrounding spaces', () => {
    expect(parseDisplayName('  Sara Ahmadi ', 'name')).toBe('Sara Ahmadi');
  });

  it('normalises decomposed accents to NFC', () => {
    expect(parseDisplayName('Jose\u0301', 'name')).toBe('José');
  });

  it('refuses an empty or blank name', () => {
    expect(() => parseDisplayName('   ', 'name')).toThrow(/must not be empty/);
  });

  it('accepts 300 characters, counting an emoji as one, and refuses 301', () => {
    expect(parseDisplayName('🚀'.repeat(300), 'name')).toHaveLength(600);
    expect(() => parseDisplayName('a'.repeat(301), 'name')).toThrow(/at most 300/);
  });

  it('refuses control characters such as a line break', () => {
    expect(() => parseDisplayName('Sara\nAhmadi', 'name')).toThrow(/control characters/);
  });
});
