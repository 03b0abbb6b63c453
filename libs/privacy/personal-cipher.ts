import { createCipheriv, createDecipheriv } from 'node:crypto';
import { pooledRandomBytes } from './random-pool';

/** How `personal` looks in the log: AES-256-GCM ciphertext under the data subject's own key. */
export interface SealedPersonal {
  $sealed: { v: 1; iv: string; tag: string; ct: string };
}

export const isSealed = (personal: unknown): personal is SealedPersonal =>
  typeof personal === 'object' && personal !== null && '$sealed' in personal;

/** Encrypts personal fields; the event id is bound in as associated data, so ciphertexts cannot be swapped between events. */
export function seal(personal: Record<string, unknown>, key: Buffer, eventId: string): SealedPersonal {
  const iv = pooledRandomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(eventId, 'utf8'));
  const ct = Buffer.concat([cipher.update(JSON.stringify(personal), 'utf8'), cipher.final()]);
  return { $sealed: { v: 1, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') } };
}

export function unseal(sealed: SealedPersonal, key: Buffer, eventId: string): Record<string, unknown> {
  const { iv, tag, ct } = sealed.$sealed;
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(eventId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
}
