import { MergeEvent } from '../identity/merge.events';

/**
 * Customer events (stream `customer-<customerId>`). `data` holds what analytics may keep
 * forever; `personal` holds the data subject's personal fields (encrypted per subject,
 * erased by destroying the key).
 */
export type CustomerKind = 'person' | 'organization';
export type ContactPointType = 'email' | 'phone';

export interface ExternalRef {
  system: string;
  id: string;
}

export interface Address {
  lines: string[];
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface ContactPoint {
  id: string;
  type: ContactPointType;
  /** Normalised: lower-cased email, E.164 phone. */
  value: string;
}

export interface CustomerRegistered {
  type: 'crm.customer.registered';
  schemaVersion?: number;
  data: {
    customerId: string;
    kind: CustomerKind;
    country?: string;
    timeZone?: string;
    preferredLanguage?: string;
    currency?: string;
    partnerId?: string;
  };
  personal: {
    name: string;
    contactPoints: ContactPoint[];
    addresses: Address[];
    externalRefs: ExternalRef[];
  };
}

/** Optional profile fields that a profile change may remove (see `cleared`). */
export type ClearableProfileField = 'country' | 'timeZone' | 'preferredLanguage' | 'currency' | 'partnerId';

/** Only the fields that changed are present. */
export interface CustomerProfileChanged {
  type: 'crm.customer.profile-changed';
  schemaVersion?: number;
  data: {
    customerId: string;
    kind?: CustomerKind;
    country?: string;
    timeZone?: string;
    preferredLanguage?: string;
    currency?: string;
    partnerId?: string;
    /** Fields removed from the profile; absent when none were (added later, hence optional). */
    cleared?: ClearableProfileField[];
  };
  personal: {
    name?: string;
    addresses?: Address[];
    externalRefs?: ExternalRef[];
  };
}

export interface ContactPointAdded {
  type: 'crm.customer.contact-point-added';
  schemaVersion?: number;
  data: { customerId: string; contactPointId: string; contactPointType: ContactPointType };
  personal: { value: string };
}

export interface ContactPointRemoved {
  type: 'crm.customer.contact-point-removed';
  schemaVersion?: number;
  data: { customerId: string; contactPointId: string; contactPointType: ContactPointType };
  personal?: Record<string, never>;
}

export interface ConsentGranted {
  type: 'crm.customer.consent-granted';
  schemaVersion?: number;
  data: { customerId: string; purpose: string; channel: string; source?: string };
  personal?: Record<string, never>;
}

export interface ConsentWithdrawn {
  type: 'crm.customer.consent-withdrawn';
  schemaVersion?: number;
  data: { customerId: string; purpose: string; channel: string; source?: string };
  personal?: Record<string, never>;
}

/**
 * The data subject's personal data was erased (crypto-shredding: the subject key is destroyed
 * right after this is recorded). Facts without personal data stay usable for analytics.
 */
export interface CustomerErased {
  type: 'crm.customer.erased';
  schemaVersion?: number;
  data: {
    customerId: string;
    reason?: string;
    /**
     * The records about the customer whose read-model documents copy its personal fields, named so
     * that every projection can forget them from this one event (added later, hence optional).
     */
    caseIds?: string[];
    taskIds?: string[];
    feedbackIds?: string[];
  };
  personal?: Record<string, never>;
}

export type CustomerEvent =
  | CustomerRegistered
  | CustomerProfileChanged
  | ContactPointAdded
  | ContactPointRemoved
  | ConsentGranted
  | ConsentWithdrawn
  | CustomerErased
  | MergeEvent;

export const customerStream = (customerId: string): string => `customer-${customerId}`;
