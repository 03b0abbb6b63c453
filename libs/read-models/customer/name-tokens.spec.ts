import { nameQuery, nameTokens, prefixEnd } from './name-tokens';

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

  // What a person types → a token of the stored name it must find.
  it.each([
    ['Müller', 'Mueller', 'mueller'],
    ['Müller', 'Muller', 'muller'],
    ['Müller', 'müller', 'muller'],
    ['Straße', 'Strasse', 'strasse'],
    ['Straße', 'STRASSE', 'strasse'],
    ['Ærø Øster', 'ærø', 'ærø'],
    ['José Álvarez', 'jose', 'jose'],
    ['علي', 'علی', 'علی'],
    ['كريمي', 'کریمی', 'کریمی'],
    ['فاطمة', 'فاطمه', 'فاطمه'],
    ['مُحَمَّد', 'محمد', 'محمد'],
    ['محـــمد', 'محمد', 'محمد'],
    ['ＴＯＫＹＯ　Ｔａｒｏ', 'tokyo', 'tokyo'],
    ['ﾀﾛｳ', 'タロウ', 'タロウ'],
  ])('stores %s so that typing %s finds it (token %s)', (stored, typed, token) => {
    expect(nameTokens(stored)).toContain(token);
    expect(nameQuery(`${typed} `).words).toContain(token);
  });

  it('reads the last word of a query as typed so far, unless the query ends with a space', () => {
    expect(nameQuery('Hans Mül')).toEqual({ words: ['hans'], prefix: 'mul' });
    expect(nameQuery('Han')).toEqual({ words: [], prefix: 'han' });
    expect(nameQuery('Hans ')).toEqual({ words: ['hans'], prefix: null });
    expect(nameQuery('王小')).toEqual({ words: expect.arrayContaining(['王小', '王', '小']), prefix: null });
    expect(nameQuery(undefined)).toEqual({ words: [], prefix: null });
  });

  it('bounds a prefix range just above every string that starts with it', () => {
    expect(prefixEnd('han')).toBe('hao');
    for (const name of ['han', 'hans', 'hanzz', 'han\uffff']) expect(name >= 'han' && name < prefixEnd('han')).toBe(true);
    expect('hao' < prefixEnd('han')).toBe(false);
  });
});
