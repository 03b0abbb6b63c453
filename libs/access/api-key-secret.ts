import { createHash, randomBytes } from 'node:crypto';

/** A new secret: 256 random bits, so a fast hash is enough to make the stored form useless to a thief. */
export function generateSecret(): string {
  return `crm_${randomBytes(32).toString('base64url')}`;
}

/** The stored and looked-up form of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
