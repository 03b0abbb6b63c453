/** API key events (stream `api-key-<keyId>`). Only a hash of the secret is ever stored. */
export const ROLES = ['viewer', 'agent', 'editor', 'analyst', 'compliance', 'admin', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKeyCreated {
  type: 'crm.access.api-key-created';
  schemaVersion?: number;
  data: { keyId: string; role: Role; name: string; partnerId?: string; secretHash: string };
}

export interface ApiKeyRevoked {
  type: 'crm.access.api-key-revoked';
  schemaVersion?: number;
  data: { keyId: string };
}

export type ApiKeyEvent = ApiKeyCreated | ApiKeyRevoked;

export const apiKeyStream = (keyId: string): string => `api-key-${keyId}`;
