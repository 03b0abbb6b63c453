/**
 * A mergeable log-bucketed histogram of non-negative numbers (business minutes): bin i holds the
 * values in (γ^(i-1), γ^i] with γ = (1+α)/(1−α), and answers 2γ^i/(γ+1) for them, within a
 * relative error α of the true value. Zero has its own bin and answers 0 exactly. Counts add and
 * subtract exactly, so a bucket can take back an entity's old value.
 */
export const RELATIVE_ERROR = 0.01;
const GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
const ZERO_BIN = 'z';

/** Bin → count; a bin whose count falls to 0 is removed. */
export type Histogram = Record<string, number>;

export const binOf = (value: number): string => (value <= 0 ? ZERO_BIN : String(Math.ceil(Math.log(value) / LOG_GAMMA)));
const valueOf = (bin: string): number => (bin === ZERO_BIN ? 0 : (2 * GAMMA ** Number(bin)) / (GAMMA + 1));

export function addTo(histogram: Histogram, bin: string, count: number): void {
  const next = (histogram[bin] ?? 0) + count;
  if (next === 0) delete histogram[bin];
  else histogram[bin] = next;
}

export function mergeInto(target: Histogram, source: Histogram): void {
  for (const bin in source) addTo(target, bin, source[bin]);
}

const order = (bin: string) => (bin === ZERO_BIN ? -Infinity : Number(bin));

/** The nearest-rank percentile (rank ⌈p·n⌉) within α of the exact one; null when empty. */
export function percentileOf(histogram: Histogram, p: number): number | null {
  const bins = Object.keys(histogram).sort((a, b) => order(a) - order(b));
  const n = bins.reduce((sum, bin) => sum + histogram[bin], 0);
  if (n === 0) return null;
  const rank = Math.ceil(p * n);
  let seen = 0;
  for (const bin of bins) {
    seen += histogram[bin];
    if (seen >= rank) return valueOf(bin);
  }
  return valueOf(bins[bins.length - 1]);
}
