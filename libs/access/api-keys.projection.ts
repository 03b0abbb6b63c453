import { Projection } from '../read-models/projection';
import { ApiKeyEvent } from './api-key.events';

const handled = (type: string): boolean => type.startsWith('crm.access.api-key-');

/** Keys by id, looked up on every request by `secretHash`. */
export const apiKeysProjection: Projection = {
  name: 'api-keys',
  version: 1,
  indexes: [{ fields: { secretHash: 1 } }],
  canHandle: handled,
  documentIds(event) {
    return handled(event.type) ? [String(event.data.keyId)] : [];
  },
  evolve(doc, envelope, id) {
    const event = envelope as unknown as ApiKeyEvent & { occurredAt: string };
    if (event.type === 'crm.access.api-key-created') {
      const { role, name, partnerId, secretHash } = event.data;
      return { _id: id, keyId: id, role, name, partnerId: partnerId ?? null, secretHash, createdAt: event.occurredAt, revokedAt: null };
    }
    if (!doc) return null;
    return { ...doc, revokedAt: event.occurredAt };
  },
};
