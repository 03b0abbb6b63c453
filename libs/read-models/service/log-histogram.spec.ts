import { addValue, Histogram, mergeInto, percentileOf, RELATIVE_ERROR } from './log-histogram';

const exact = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil(p * values.length) - 1];

describe('log-bucketed histogram of business minutes', () => {
  let seed = 5;
  const r = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  // Milliseconds spread over six orders of magnitude, as elapsed business time is.
  const values = Array.from({ length: 20_000 }, () => Math.round(10 ** (r() * 6) * 60) / 60_000 * 1000);

  it('answers the median, p90 and p99 within the stated relative error of the exact nearest-rank values', () => {
    const h: Histogram = {};
    values.forEach((v) => addValue(h, v));
    for (const p of [0.5, 0.9, 0.99]) {
      const truth = exact(values, p);
      expect(Math.abs(percentileOf(h, p)! - truth)).toBeLessThanOrEqual(RELATIVE_ERROR * truth);
    }
  });

  it('answers exactly when the values are round figures (each bin holds one distinct value)', () => {
    const h: Histogram = {};
    [45, 45, 180, 30, 240, 0].forEach((v) => addValue(h, v));
    expect([percentileOf(h, 0.5), percentileOf(h, 0.9)]).toEqual([exact([45, 45, 180, 30, 240, 0], 0.5), 240]);
  });

  it('merges buckets into the histogram of all their values, and takes a value back exactly', () => {
    const [a, b, all]: Histogram[] = [{}, {}, {}];
    values.forEach((v, i) => { addValue(i % 2 ? a : b, v); addValue(all, v); });
    const merged: Histogram = {};
    mergeInto(merged, a);
    mergeInto(merged, b);
    expect(merged).toEqual(all);
    addValue(merged, 12.5);
    addValue(merged, 12.5, -1);
    expect(merged).toEqual(all);
  });

  it('has nothing to answer when empty', () => expect(percentileOf({}, 0.5)).toBeNull());
});
