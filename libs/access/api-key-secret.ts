import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys read `crm_<keyId>_<secret>`: the id finds the stored hash (a salted KDF cannot be looked
 * up by value), the secret is 256 random bits. UUIDs hold no `_`, so the first `_` after the id
 * ends it even though base64url secrets may contain `_`.
 */
const KEY_FORMAT = /^crm_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_([A-Za-z0-9_-]{40,60})$/;

export function generateSecret(keyId: string): string {
  return `crm_${keyId}_${randomBytes(32).toString('base64url')}`;
}

/** The key id a presented key names, or undefined for any other shape (bootstrap or legacy keys). */
export function keyIdOf(presented: string): string | undefined {
  return KEY_FORMAT.exec(presented)?.[1];
}

/**
 * The stored form: argon2id with the library's defaults (19 MiB, 2 passes — the OWASP minimum).
 * Generated secrets would not need a slow KDF, but an operator-chosen bootstrap key might be weak,
 * and one scheme for all keys keeps the audit simple.
 */
export function hashSecret(presented: string): Promise<string> {
  return hash(presented);
}

/** Checks a presented key against its stored hash; accepts the SHA-256 hex of keys made before argon2. */
export async function verifySecret(storedHash: string, presented: string): Promise<boolean> {
  if (storedHash.startsWith('$argon2')) return verify(storedHash, presented).catch(() => false);
  return sameDigest(storedHash, legacyHash(presented));
}

/** SHA-256 hex: the stored form of keys created before argon2, and the in-memory cache key. */
export function legacyHash(presented: string): string {
  return createHash('sha256').update(presented, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings (compared as SHA-256 digests, so lengths may differ). */
export function sameDigest(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
