import { nameTokens } from './name-tokens';

describe('name tokens', () => {
  it('lower-cases and splits Latin names on spaces and punctuation, folding diacritics', () => {
    expect(nameTokens('José  Álvarez-Smith')).toEqual(['jose', 'alvarez', 'smith']);
  });

  it('finds a Persian name whatever Arabic or Persian letter forms were typed', () => {
    expect(nameTokens('علي كريمي')).toEqual(nameTokens('علی کریمی'));
    expect(nameTokens('می‌خواهم')).toEqual(['میخواهم']);
  });

  it('indexes CJK names by characters and bigrams so a partial query matches', () => {
    const stored = nameTokens('王小明');
    expect(stored).toEqual(expect.arrayContaining(['王小明', '王', '小', '明', '王小', '小明']));
    for (const token of nameTokens('小明')) expect(stored).toContain(token);
  });

  it('normalises full-width and compatibility forms with NFKC', () => {
    expect(nameTokens('ＡＢＣ Ｃｏｒｐ')).toEqual(['abc', 'corp']);
  });

  it('gives no tokens for an empty or erased name', () => {
    expect(nameTokens('')).toEqual([]);
    expect(nameTokens(undefined)).toEqual([]);
  });
});
