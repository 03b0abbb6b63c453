/**
 * A mergeable log-bucketed histogram of non-negative business minutes: bin i holds the values in
 * (γ^(i−1), γ^i] with γ = 1 + RELATIVE_ERROR, as a count and the exact sum of their milliseconds.
 * A percentile answers the mean of the bin holding its rank: that mean lies in the same bin as the
 * true value, so it is within RELATIVE_ERROR of it, and it is the true value itself when the bin
 * holds one distinct value (the usual case for round SLA figures). Zero has its own bin. Counts and
 * integer sums add and subtract exactly, so a bucket can take back an entity's old value.
 */
export const RELATIVE_ERROR = 0.01;
const LOG_GAMMA = Math.log(1 + RELATIVE_ERROR);
const ZERO_BIN = 'z';
const MINUTE_MS = 60_000;

/** Bin → [count, sum of the values in ms]; a bin whose count falls to 0 is removed. */
export type Histogram = Record<string, [number, number]>;

const binOf = (minutes: number): string => (minutes <= 0 ? ZERO_BIN : String(Math.ceil(Math.log(minutes) / LOG_GAMMA)));

/** Adds (sign 1) or takes back (sign −1) one value. */
export function addValue(histogram: Histogram, minutes: number, sign: 1 | -1 = 1): void {
  addTo(histogram, binOf(minutes), sign, sign * Math.round(minutes * MINUTE_MS));
}

function addTo(histogram: Histogram, bin: string, count: number, sumMs: number): void {
  const [n, sum] = histogram[bin] ?? [0, 0];
  if (n + count === 0) delete histogram[bin];
  else histogram[bin] = [n + count, sum + sumMs];
}

export function mergeInto(target: Histogram, source: Histogram): void {
  for (const bin in source) addTo(target, bin, source[bin][0], source[bin][1]);
}

const order = (bin: string) => (bin === ZERO_BIN ? -Infinity : Number(bin));

/** The nearest-rank percentile (rank ⌈p·n⌉, as the pipeline takes it) within RELATIVE_ERROR; null when empty. */
export function percentileOf(histogram: Histogram, p: number): number | null {
  const bins = Object.keys(histogram).sort((a, b) => order(a) - order(b));
  const n = bins.reduce((total, bin) => total + histogram[bin][0], 0);
  if (n === 0) return null;
  const rank = Math.ceil(p * n);
  let seen = 0;
  for (const bin of bins) {
    const [count, sumMs] = histogram[bin];
    seen += count;
    if (seen >= rank) return sumMs / count / MINUTE_MS;
  }
  return null;
}
