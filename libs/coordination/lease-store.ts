/** A held lease: who holds it, until when, and the fencing token of this tenure. */
export interface Lease {
  name: string;
  holder: string;
  /**
   * Grows by one with every change of holder (and every re-acquisition after expiry), never
   * otherwise: a write carrying an older token comes from a deposed holder and is refused.
   */
  token: number;
  expiresAt: number;
}

/**
 * The lease port: work that must happen once (the SLA sweep, automation) is done only by the
 * holder of its lease. Every operation is a compare-and-set in the store, with expiry, so a
 * holder that dies (SIGKILL) is replaced once its lease runs out. Leases live in a store of their
 * own (`leases.db` in CRM_DATA_DIR, or a MongoDB database apart from the read models) that no
 * read-model rebuild or drop touches. Every adapter passes testing/lease-store.contract.ts.
 */
export interface LeaseStore {
  /**
   * Takes the lease for `ttlMs` if it is free, expired or already this holder's (then it is a
   * renewal and keeps its token); null while another holder's lease runs.
   */
  acquire(name: string, holder: string, ttlMs: number): Promise<Lease | null>;
  /** Extends a held lease; null when it was lost meanwhile (expired and taken, or released). */
  renew(lease: Lease, ttlMs: number): Promise<Lease | null>;
  /** The live tenure of `name`, whoever holds it; null when free or expired (for operators and tests). */
  current(name: string): Promise<Lease | null>;
  /** Whether `lease` is still the current tenure (same token, same holder, not expired). */
  isCurrent(lease: Lease): Promise<boolean>;
  /** Gives the lease up at once (a clean stop), so a successor need not wait for the expiry. */
  release(lease: Lease): Promise<void>;
  close(): Promise<void>;
}

/** Thrown when a write is attempted with a token that is no longer current. */
export class LeaseLostError extends Error {
  constructor(readonly lease: Lease) {
    super(`lease ${lease.name} (token ${lease.token}) is no longer held by ${lease.holder}`);
    this.name = 'LeaseLostError';
  }
}
