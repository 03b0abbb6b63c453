import { createCipheriv, createDecipheriv } from 'node:crypto';
import { pooledRandomBytes } from '../random-pool';

/** The master key is wrong or missing for the keys stored: start-up stops, a read fails loudly. */
export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Envelope encryption of subject keys: AES-256-GCM under the master key from configuration, the
 * subject id bound in as associated data (a wrapped key cannot be moved to another subject).
 * Layout: version (1) | IV (12) | tag (16) | wrapped key (32).
 */
export class MasterKey {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new MasterKeyError(`a master key is 32 bytes (got ${key.length})`);
  }

  wrap(subjectId: string, subjectKey: Buffer): Buffer {
    const iv = pooledRandomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(aad(subjectId));
    const body = Buffer.concat([cipher.update(subjectKey), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  unwrap(subjectId: string, wrapped: Buffer): Buffer {
    if (wrapped[0] !== VERSION || wrapped.length <= 1 + IV_BYTES + TAG_BYTES) throw new MasterKeyError(`the stored key of subject ${subjectId} is not a wrapped key`);
    const iv = wrapped.subarray(1, 1 + IV_BYTES);
    const tag = wrapped.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(aad(subjectId));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(wrapped.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new MasterKeyError(`the master key does not open the stored key of subject ${subjectId} (wrong CRM_MASTER_KEY?)`);
    }
  }
}

const aad = (subjectId: string) => Buffer.from(`crm-subject-key:${subjectId}`, 'utf8');
