import { UnsafeQueryError } from '../errors';
import { assertSafeFilter, assertSafePipeline } from './query-guards';

describe('query guards', () => {
  it('refuses server-side JavaScript in a filter, however deeply nested', () => {
    expect(() => assertSafeFilter({ $where: 'true' })).toThrow(UnsafeQueryError);
    expect(() => assertSafeFilter({ $or: [{ a: 1 }, { $and: [{ $where: 'this.a === 1' }] }] })).toThrow(/\$where/);
    expect(() => assertSafeFilter({ $expr: { $function: { body: 'return 1', args: [], lang: 'js' } } })).toThrow(/\$function/);
  });

  it('refuses $accumulator and $function inside pipeline stages and sub-pipelines', () => {
    const accumulate = { $group: { _id: null, x: { $accumulator: { init: 'function(){}', lang: 'js' } } } };
    expect(() => assertSafePipeline([accumulate])).toThrow(/\$accumulator/);
    const lookup = { $lookup: { from: 'b', pipeline: [{ $match: { $expr: { $function: {} } } }], as: 'b' } };
    expect(() => assertSafePipeline([lookup])).toThrow(/\$function/);
  });

  it('refuses stages that would write into the database', () => {
    expect(() => assertSafePipeline([{ $match: {} }, { $out: 'customers' }])).toThrow(UnsafeQueryError);
    expect(() => assertSafePipeline([{ $merge: { into: 'customers' } }])).toThrow(/only read/);
  });

  it('lets ordinary filters and pipelines through, operator-looking strings included', () => {
    expect(() => assertSafeFilter({ name: '{"$where": "1"}', age: { $gte: 3 } })).not.toThrow();
    expect(() => assertSafePipeline([{ $match: { a: 1 } }, { $group: { _id: '$a', n: { $sum: 1 } } }])).not.toThrow();
  });
});
