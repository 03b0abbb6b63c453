import { ConsentRecord } from './consents';
import { Address, ContactPoint, CustomerEvent, CustomerKind, ExternalRef } from './customer.events';

export interface RegisteredCustomer {
  status: 'registered';
  customerId: string;
  kind: CustomerKind;
  name: string;
  country?: string;
  timeZone?: string;
  preferredLanguage?: string;
  currency?: string;
  partnerId?: string;
  contactPoints: ContactPoint[];
  addresses: Address[];
  externalRefs: ExternalRef[];
  /**
   * Every consent statement recorded, with its business time, in log order. The decider only
   * asks whether a statement is already recorded; what is in force is `consentInForce`'s answer.
   */
  consents: ConsentRecord[];
  /** Personal data erased (crypto-shredded); the record stays for the facts that are not personal. */
  erased?: true;
  /** The records every erasure so far named (`case:<id>`, `task:<id>`, `feedback:<id>`). */
  erasedRecords?: string[];
  /** Merged into another customer (libs/domain/identity): commands go to the survivor. */
  mergedInto?: { survivorId: string; mergeId: string };
  /** Duplicates merged into this customer, still unmerge-able. */
  absorbed?: { customerId: string; mergeId: string }[];
}

/** Folded from the customer's events; folding a prefix answers "as of" questions. */
export type CustomerState = { status: 'unregistered' } | RegisteredCustomer;

export const initialCustomerState: CustomerState = { status: 'unregistered' };

/**
 * An event as the executor folds it: the stored envelope, which carries its business time. A bare
 * event without `occurredAt` (a spec's given) matches no command's business time.
 */
export type FoldedCustomerEvent = CustomerEvent & { occurredAt?: string };

export function evolveCustomer(state: CustomerState, event: FoldedCustomerEvent): CustomerState {
  if (event.type === 'crm.customer.registered') {
    return {
      status: 'registered',
      ...event.data,
      // After erasure the personal fields of old events cannot be opened any more.
      name: event.personal?.name ?? '',
      contactPoints: event.personal?.contactPoints ?? [],
      addresses: event.personal?.addresses ?? [],
      externalRefs: event.personal?.externalRefs ?? [],
      consents: [],
    };
  }
  // Events of a customer never registered cannot change anything.
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'crm.customer.profile-changed': {
      const { cleared = [], ...changed } = event.data;
      const next: RegisteredCustomer = { ...state, ...changed, ...(event.personal ?? {}) };
      for (const field of cleared) delete next[field];
      return next;
    }
    case 'crm.customer.contact-point-added':
      return {
        ...state,
        contactPoints: [
          ...state.contactPoints,
          { id: event.data.contactPointId, type: event.data.contactPointType, value: event.personal?.value ?? '' },
        ],
      };
    case 'crm.customer.contact-point-removed':
      return { ...state, contactPoints: state.contactPoints.filter((cp) => cp.id !== event.data.contactPointId) };
    case 'crm.customer.consent-granted':
    case 'crm.customer.consent-withdrawn': {
      const { purpose, channel } = event.data;
      const granted = event.type === 'crm.customer.consent-granted';
      return { ...state, consents: [...state.consents, { purpose, channel, granted, occurredAt: event.occurredAt ?? '' }] };
    }
    case 'crm.customer.erased': {
      const named = (kind: string, ids: string[] | undefined) => (ids ?? []).map((id) => `${kind}:${id}`);
      const erasedRecords = [...(state.erasedRecords ?? []), ...named('case', event.data.caseIds), ...named('task', event.data.taskIds), ...named('feedback', event.data.feedbackIds)];
      return { ...state, name: '', contactPoints: [], addresses: [], externalRefs: [], erased: true, erasedRecords };
    }
    case 'crm.customer.merged-into':
      return { ...state, mergedInto: { survivorId: event.data.survivorId, mergeId: event.data.mergeId } };
    case 'crm.customer.unmerged': {
      const { mergedInto: _merged, ...rest } = state;
      return rest;
    }
    case 'crm.customer.absorbed':
      return { ...state, absorbed: [...(state.absorbed ?? []), { customerId: event.data.duplicateId, mergeId: event.data.mergeId }] };
    case 'crm.customer.released':
      return { ...state, absorbed: (state.absorbed ?? []).filter((a) => a.customerId !== event.data.duplicateId) };
    default:
      return state;
  }
}
