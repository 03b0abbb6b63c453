import { indexRows, valuesAtPath } from './index-keys';

describe('index keys', () => {
  it('descends into arrays of sub-documents like a multikey index', () => {
    const doc = { contactPoints: [{ value: 'a' }, { value: ['b', 'c'] }, 'loose'], tags: ['x', 'y'] };
    expect(valuesAtPath(doc, 'contactPoints.value')).toEqual(['a', 'b', 'c']);
    expect(valuesAtPath(doc, 'tags')).toEqual(['x', 'y']);
    expect(valuesAtPath({ a: [{ b: 1 }, { b: 2 }] }, 'a.1.b')).toEqual([2]);
  });

  it('keeps one row per distinct value and skips values an index cannot order', () => {
    expect(indexRows({ tags: ['x', 'x', 1, true, null, { o: 1 }] }, ['tags'])).toEqual([['x'], [1]]);
  });

  it('gives a document without the value a null row, so an ordered walk of the index sees every document', () => {
    expect(indexRows({ other: 1 }, ['tags'])).toEqual([[null]]);
    expect(indexRows({ other: 1 }, ['tags'], false)).toEqual([]);
  });

  it('stores a missing later field of a compound index as null so prefix queries still find the document', () => {
    expect(indexRows({ customerId: 'c1' }, ['customerId', 'occurredAt'])).toEqual([['c1', null]]);
    expect(indexRows({ customerId: 'c1', at: ['t1', 't2'] }, ['customerId', 'at'])).toEqual([['c1', 't1'], ['c1', 't2']]);
  });
});
