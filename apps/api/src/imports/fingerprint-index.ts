import { hash } from 'node:crypto';

/**
 * Key → row number for the keys of one import file, in typed arrays: 64-bit fingerprints (MD5
 * prefix; a false "seen" needs a collision, ~1e-7 at 3 M keys) in open addressing. Holding
 * millions of email, phone and ref strings in a Map would cost an order of magnitude more memory.
 */
export class FingerprintIndex {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private rows: Int32Array;
  private size = 0;

  constructor(capacity = 1 << 16) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
  }

  get count(): number {
    return this.size;
  }

  /** The row that added the key (or its fingerprint) first, or undefined. */
  get(key: string | Fingerprint): number | undefined {
    const [hi, lo] = typeof key === 'string' ? fingerprint(key) : key;
    const slot = this.find(hi, lo);
    return this.rows[slot] >= 0 ? this.rows[slot] : undefined;
  }

  /** Remembers the key (or its fingerprint) for `row` unless it is known already. */
  add(key: string | Fingerprint, row: number): void {
    if ((this.size + 1) * 2 > this.rows.length) this.grow();
    const [hi, lo] = typeof key === 'string' ? fingerprint(key) : key;
    const slot = this.find(hi, lo);
    if (this.rows[slot] >= 0) return;
    this.hi[slot] = hi;
    this.lo[slot] = lo;
    this.rows[slot] = row;
    this.size++;
  }

  private find(hi: number, lo: number): number {
    const mask = this.rows.length - 1;
    let slot = lo & mask;
    while (this.rows[slot] >= 0 && (this.hi[slot] !== hi || this.lo[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Uint32Array(rows.length * 2);
    this.lo = new Uint32Array(rows.length * 2);
    this.rows = new Int32Array(rows.length * 2).fill(-1);
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] < 0) continue;
      const slot = this.find(hi[i], lo[i]);
      [this.hi[slot], this.lo[slot], this.rows[slot]] = [hi[i], lo[i], rows[i]];
    }
  }
}

export type Fingerprint = readonly [number, number];

/** What the index keeps of a key: look a key up and add it with one hash. */
export function fingerprint(key: string): Fingerprint {
  const digest = hash('md5', key, 'buffer');
  return [digest.readUInt32LE(0), digest.readUInt32LE(4)];
}
