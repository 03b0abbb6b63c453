import { describe, expect, it } from '@jest/globals';
import { pooledRandomBytes } from './random-pool';

describe('pooled random bytes', () => {
  it('hands out slices of the asked size that never repeat, across pool refills', () => {
    const seen = new Set<string>();
    // 2,000 keys of 32 bytes span four refills of the 16 KiB pool.
    for (let i = 0; i < 2000; i++) {
      const bytes = pooledRandomBytes(32);
      expect(bytes).toHaveLength(32);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(2000);
  });

  it('gives each caller its own copy: changing one leaves the next untouched', () => {
    const first = pooledRandomBytes(12);
    first.fill(0);
    expect(pooledRandomBytes(12).equals(Buffer.alloc(12))).toBe(false);
  });

  it('looks random: every byte value appears and none dominates in 64 KiB', () => {
    const counts = new Array(256).fill(0);
    for (let i = 0; i < 2048; i++) for (const byte of pooledRandomBytes(32)) counts[byte]++;
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(370);
  });

  it('serves sizes larger than its pool directly', () => {
    expect(pooledRandomBytes(40_000)).toHaveLength(40_000);
  });
});
