import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks (standardwebhooks.com) signing: `webhook-signature` is
 * `v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>`, the key being the
 * base64 after `whsec_`. Several signatures are separated by spaces, which is how a receiver keeps
 * working while a secret is rotated: it accepts a delivery when any one of them verifies.
 */
export const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes, as receivers' libraries expect it. */
export function generateSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** The `webhook-signature` value for one message, one `v1,` entry per secret. */
export function signatureHeader(secrets: readonly string[], messageId: string, timestampSeconds: number, body: string): string {
  const signed = `${messageId}.${timestampSeconds}.${body}`;
  return secrets.map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(signed).digest('base64')}`).join(' ');
}

export interface StandardWebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature'?: string;
}

/** The three headers of a delivery; the timestamp is the attempt's (receivers refuse stale ones). */
export function standardWebhookHeaders(secrets: readonly string[], messageId: string, body: string, now = new Date()): StandardWebhookHeaders {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    ...(secrets.length ? { 'webhook-signature': signatureHeader(secrets, messageId, timestamp, body) } : {}),
  };
}
