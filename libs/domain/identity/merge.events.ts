/**
 * Merge and unmerge facts, recorded on both customer streams so each record keeps its lineage
 * (`customer-<id>`, subject = that customer). Only ids: nothing personal, nothing to seal.
 */
export interface CustomerMergedInto {
  type: 'crm.customer.merged-into';
  schemaVersion?: number;
  /** `customerId` is the duplicate; from now on it answers with a redirect to `survivorId`. */
  data: { customerId: string; survivorId: string; mergeId: string };
  personal?: Record<string, never>;
}

export interface CustomerAbsorbed {
  type: 'crm.customer.absorbed';
  schemaVersion?: number;
  /** `customerId` is the survivor; its 360° view now shows the union with `duplicateId`. */
  data: { customerId: string; duplicateId: string; mergeId: string };
  personal?: Record<string, never>;
}

export interface CustomerUnmerged {
  type: 'crm.customer.unmerged';
  schemaVersion?: number;
  /** `customerId` is the former duplicate, a customer of its own again. */
  data: { customerId: string; survivorId: string; mergeId: string };
  personal?: Record<string, never>;
}

export interface CustomerReleased {
  type: 'crm.customer.released';
  schemaVersion?: number;
  /** `customerId` is the former survivor; `duplicateId` no longer shows in its view. */
  data: { customerId: string; duplicateId: string; mergeId: string };
  personal?: Record<string, never>;
}

export type MergeEvent = CustomerMergedInto | CustomerAbsorbed | CustomerUnmerged | CustomerReleased;
