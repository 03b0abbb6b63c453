/**
 * Security events (stream `security-<eventId>`, no subject), written by the API's SecurityLog,
 * throttled and aggregated per client and reason or per actor and route (docs/security.md).
 */
interface SecurityOccurrenceData {
  reason: string;
  route: string;
  requestId: string;
  /** The caller's address: part of the security record of an API client. */
  client: string;
  role?: string;
  count: number;
  aggregated: 'first' | 'repeats' | 'overflow';
  windowStart: string;
  windowEnd: string;
}

export interface AuthenticationFailed {
  type: 'crm.security.authentication-failed';
  schemaVersion?: number;
  data: SecurityOccurrenceData;
}

export interface AccessDenied {
  type: 'crm.security.access-denied';
  schemaVersion?: number;
  data: SecurityOccurrenceData;
}

export type SecurityEvent = AuthenticationFailed | AccessDenied;
