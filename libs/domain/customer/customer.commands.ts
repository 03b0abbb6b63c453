import { Address, ContactPointType, CustomerKind, ExternalRef } from './customer.events';

/**
 * Customer commands. Values arrive as clients wrote them (local phone numbers, mixed-case
 * emails); the decider validates and normalises them. List fields may be omitted.
 */
export interface RegisterCustomer {
  type: 'RegisterCustomer';
  customerId: string;
  kind: CustomerKind;
  name: string;
  emails?: string[];
  /** Local numbers are read in `country`. */
  phones?: string[];
  addresses?: Address[];
  preferredLanguage?: string;
  country?: string;
  timeZone?: string;
  currency?: string;
  partnerId?: string;
  externalRefs?: ExternalRef[];
}

/** Absent fields stay as they are; `null` removes an optional field; lists are replaced whole. */
export interface ChangeProfile {
  type: 'ChangeProfile';
  customerId: string;
  name?: string;
  kind?: CustomerKind;
  addresses?: Address[];
  preferredLanguage?: string | null;
  country?: string | null;
  timeZone?: string | null;
  currency?: string | null;
  partnerId?: string | null;
  externalRefs?: ExternalRef[];
}

export interface AddContactPoint {
  type: 'AddContactPoint';
  customerId: string;
  contactPointType: ContactPointType;
  /** An email, or a phone number read in the customer's country. */
  value: string;
}

export interface RemoveContactPoint {
  type: 'RemoveContactPoint';
  customerId: string;
  contactPointId: string;
}

export interface GrantConsent {
  type: 'GrantConsent';
  customerId: string;
  /** A lower-case token: marketing, service, analytics… */
  purpose: string;
  /** email, sms, phone, post, push, whatsapp, or any (every channel). */
  channel: string;
  /** Where the consent was given (web form, call, paper…). */
  source?: string;
}

export interface WithdrawConsent {
  type: 'WithdrawConsent';
  customerId: string;
  purpose: string;
  channel: string;
  source?: string;
}

/** Right to erasure: records the fact; the caller then destroys the subject's key. */
export interface EraseCustomer {
  type: 'EraseCustomer';
  customerId: string;
  reason?: string;
  /** Records about the customer whose read-model copies must forget its personal fields. */
  caseIds?: string[];
  taskIds?: string[];
  feedbackIds?: string[];
}

export type CustomerCommand =
  | RegisterCustomer
  | ChangeProfile
  | AddContactPoint
  | RemoveContactPoint
  | GrantConsent
  | WithdrawConsent
  | EraseCustomer;
