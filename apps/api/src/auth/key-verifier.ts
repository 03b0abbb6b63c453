import { Inject, Injectable } from '@nestjs/common';
import { Role } from '../../../../libs/access/api-key.events';
import { timingSafeEqual } from 'node:crypto';
import { keyIdOf, legacyHash, verifySecret } from '../../../../libs/access/api-key-secret';
import { Doc } from '../../../../libs/read-models/document-store.port';
import { ApiConfig } from '../config/config';
import { API_CONFIG } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';
import { BOOTSTRAP_KEY_ID } from './bootstrap-key';
import { KeyChangeFeed } from './key-change-feed';
import { Principal } from './principal';

export type KeyCheck = { principal: Principal } | { failure: 'unknown' | 'revoked' | 'wrong-secret' | 'locked'; keyId?: string };

const CACHE_MS = 10 * 60_000;
const CACHE_SIZE = 10_000;
const LOCK_AFTER = 10;
const LOCK_WINDOW_MS = 60_000;

/**
 * Checks presented API keys. argon2 costs ~20 ms, so a verified key is remembered (by a digest,
 * in memory) for a while. The key's read-model document is cached too, and dropped the moment
 * the key-change feed reports an event for that key (a revocation written by this process or
 * any other): no read-model lookup per request, and a revocation still takes effect on the next
 * request once this process has seen its event (docs/security.md gives the bound).
 */
@Injectable()
export class ApiKeyVerifier {
  private readonly verified = new Map<string, { digest: string; storedHash: string; at: number }>();
  // Wrong secrets for a known key id would each cost an argon2 run: after a few, stop running it.
  private readonly misses = new Map<string, { count: number; since: number }>();
  private bootstrapDigest: Buffer | undefined;
  private readonly documents = new Map<string, { doc: Doc; at: number }>();
  /** Per key, the position of the last change the feed reported: an older document is not cached. */
  private readonly staleBefore = new Map<string, number>();

  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(KeyChangeFeed) private readonly feed: KeyChangeFeed,
  ) {
    feed.listen((keyId, position) => {
      this.documents.delete(keyId);
      this.staleBefore.set(keyId, Math.max(position, this.staleBefore.get(keyId) ?? 0));
    });
  }

  async check(presented: string): Promise<KeyCheck> {
    // An operator-chosen bootstrap key has no id inside; it is recognised by comparison with the configuration.
    const digest = legacyHash(presented);
    const keyId = this.isBootstrapKey(digest) ? BOOTSTRAP_KEY_ID : keyIdOf(presented);
    if (!keyId) return this.legacy(await (await this.readModels.collection('api-keys')).findOne({ secretHash: digest }));
    const doc = await this.keyDocument(keyId);
    if (!doc) return { failure: 'unknown' };
    if (doc.revokedAt) {
      this.forget(keyId);
      return { failure: 'revoked', keyId };
    }
    const storedHash = String(doc.secretHash);
    const cached = this.verified.get(keyId);
    const now = Date.now();
    if (cached && cached.digest === digest && cached.storedHash === storedHash && now - cached.at < CACHE_MS) return { principal: toPrincipal(doc) };
    const miss = this.misses.get(keyId);
    if (miss && now - miss.since < LOCK_WINDOW_MS && miss.count >= LOCK_AFTER) return { failure: 'locked', keyId };
    if (!(await verifySecret(storedHash, presented))) {
      this.misses.set(keyId, miss && now - miss.since < LOCK_WINDOW_MS ? { count: miss.count + 1, since: miss.since } : { count: 1, since: now });
      return { failure: 'wrong-secret', keyId };
    }
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(keyId, { digest, storedHash, at: now });
    return { principal: toPrincipal(doc) };
  }

  /** Constant-time comparison of digests; the configured key's digest is computed once. */
  private isBootstrapKey(digest: string): boolean {
    if (!this.config.bootstrapKey) return false;
    this.bootstrapDigest ??= Buffer.from(legacyHash(this.config.bootstrapKey), 'hex');
    return timingSafeEqual(Buffer.from(digest, 'hex'), this.bootstrapDigest);
  }

  /** Drops a key from the cache (on revocation in this process). */
  forget(keyId: string): void {
    this.verified.delete(keyId);
    this.documents.delete(keyId);
  }

  private async keyDocument(keyId: string): Promise<Doc | null> {
    const now = Date.now();
    const cached = this.documents.get(keyId);
    if (cached && now - cached.at < CACHE_MS) return cached.doc;
    const doc = await (await this.readModels.collection('api-keys')).findOne({ _id: keyId });
    // Unknown ids are not cached (anyone can make them up); a document older than a change the
    // feed already reported is read again until the read model has caught up.
    if (doc && this.feed.live && doc._position >= (this.staleBefore.get(keyId) ?? 0)) {
      if (this.documents.size >= CACHE_SIZE) this.documents.delete(this.documents.keys().next().value as string);
      this.documents.set(keyId, { doc, at: now });
    }
    return doc;
  }

  /** Keys stored before argon2 (SHA-256, no id inside) keep working until revoked. */
  private legacy(doc: Doc | null): KeyCheck {
    if (!doc || String(doc.secretHash).startsWith('$argon2')) return { failure: 'unknown' };
    return doc.revokedAt ? { failure: 'revoked', keyId: String(doc._id) } : { principal: toPrincipal(doc) };
  }
}

function toPrincipal(doc: Doc): Principal {
  return {
    keyId: String(doc._id),
    role: doc.role as Role,
    name: String(doc.name),
    kind: 'api-key',
    ...(doc.partnerId ? { partnerId: String(doc.partnerId) } : {}),
  };
}
