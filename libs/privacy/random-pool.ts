import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 16 * 1024;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * Cryptographically random bytes, as `randomBytes` gives them, drawn from a pool refilled by one
 * `randomFillSync` call: each call of `randomBytes` costs ~3 µs whatever its size, and an import
 * needs three per row (a subject key, its wrapping IV, the sealing IV). Each slice is handed out
 * once, as a copy, and zeroed in the pool, so no key material lingers there.
 */
export function pooledRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES) return randomFillSync(Buffer.alloc(size));
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafeSlow(POOL_BYTES));
    offset = 0;
  }
  const slice = pool.subarray(offset, offset + size);
  offset += size;
  const copy = Buffer.from(slice);
  slice.fill(0);
  return copy;
}
