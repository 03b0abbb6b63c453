import { toIndexDescription } from './index-description';

describe('toIndexDescription', () => {
  it('keeps the key order of a compound index', () => {
    const description = toIndexDescription({ fields: { country: 1, age: -1 } });
    expect(Object.entries(description.key as Record<string, number>)).toEqual([['country', 1], ['age', -1]]);
    expect(description.unique).toBeUndefined();
  });

  it('makes a unique index cover only documents with a string or number in its first field', () => {
    expect(toIndexDescription({ fields: { 'contact.email': 1, tenant: 1 }, unique: true })).toEqual({
      key: { 'contact.email': 1, tenant: 1 },
      unique: true,
      partialFilterExpression: { 'contact.email': { $type: ['string', 'number'] } },
    });
  });

  it('refuses paths the embedded adapter refuses', () => {
    expect(() => toIndexDescription({ fields: { '$where': 1 } })).toThrow(/invalid index path/);
    expect(() => toIndexDescription({ fields: {} })).toThrow(/at least one field/);
  });
});
