/** Merge steps, one per customer stream; the merge handler runs them duplicate first, then survivor. */
export interface MergeInto {
  type: 'MergeInto';
  /** The duplicate. */
  customerId: string;
  survivorId: string;
  mergeId: string;
}

export interface Absorb {
  type: 'Absorb';
  /** The survivor. */
  customerId: string;
  duplicateId: string;
  mergeId: string;
}

/** Unmerge steps: the survivor lets go first, then the duplicate stands on its own again. */
export interface Release {
  type: 'Release';
  customerId: string;
  duplicateId: string;
}

export interface Unmerge {
  type: 'Unmerge';
  customerId: string;
  survivorId: string;
}

export type MergeCommand = MergeInto | Absorb | Release | Unmerge;
