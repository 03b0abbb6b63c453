import { Db, MongoClient, MongoClientOptions, TransactionOptions } from 'mongodb';
import { DocumentCollection, DocumentStore, DocumentWrite, IndexSpec } from '../document-store.port';
import { DuplicateKeyError } from '../errors';
import { idsByCollection, planCommit } from './commit-plan';
import { supportsTransactions } from './deployment';
import { toIndexDescription } from './index-description';
import { MongoCollection } from './mongo-collection';
import { MongoCommitWriter } from './mongo-commit-writer';
import { assertCollectionName, databaseNameFromUrl } from './mongo-names';

export interface MongoDocumentStoreOptions {
  /** Overrides the database named in the URL path (default `crm`). */
  databaseName?: string;
  /** `auto` (default): one transaction per commit when the deployment supports it. `never`: ordered writes. */
  transactions?: 'auto' | 'never';
  /** Written last when there is no transaction; the runner's checkpoint collection by default. */
  checkpointCollection?: string;
  client?: MongoClientOptions;
}

const TRANSACTION: TransactionOptions = { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' }, readPreference: 'primary' };
const NAMESPACE_NOT_FOUND = 26;
const COMMAND_NOT_FOUND = 59;

/** Key (in order) and uniqueness: an index that differs in either is created, and MongoDB refuses a conflicting one. */
const indexSignature = (index: { key: unknown; unique?: boolean }): string => JSON.stringify([index.key, Boolean(index.unique)]);

/**
 * The distributed DocumentStore: one MongoDB collection per read model, the position guard as
 * guarded upserts, a commit as one transaction on a replica set or sharded cluster.
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly client: MongoClient;
  private readonly db: Db;
  private readonly checkpoints: string;
  private readonly writer: MongoCommitWriter;
  private transactional?: Promise<boolean>;

  constructor(url: string, private readonly options: MongoDocumentStoreOptions = {}) {
    const name = options.databaseName ?? databaseNameFromUrl(url);
    this.client = new MongoClient(url, options.client);
    this.db = this.client.db(name);
    this.writer = new MongoCommitWriter(this.db);
    this.checkpoints = options.checkpointCollection ?? 'projection_checkpoints';
  }

  collection(name: string): DocumentCollection {
    return new MongoCollection(this.db, name);
  }

  async ensureIndexes(collection: string, indexes: IndexSpec[]): Promise<void> {
    assertCollectionName(collection);
    if (indexes.length === 0) return;
    // Only the missing ones: FerretDB v1 drops the connection on a createIndexes of several
    // indexes that all exist already, which every restart of a process would send.
    const existing = await this.indexSignatures(collection);
    const missing = indexes.map(toIndexDescription).filter((d) => !existing.has(indexSignature(d)));
    if (missing.length === 0) return;
    try {
      await this.db.collection(collection).createIndexes(missing);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw new DuplicateKeyError(collection, (error as Error).message);
      throw error;
    }
  }

  private async indexSignatures(collection: string): Promise<Set<string>> {
    try {
      return new Set((await this.db.collection(collection).indexes()).map(indexSignature));
    } catch (error) {
      if ((error as { code?: number }).code === NAMESPACE_NOT_FOUND) return new Set();
      throw error;
    }
  }

  async commit(writes: DocumentWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const ids = idsByCollection(writes); // validates names and documents before any I/O
    if (await this.usesTransactions()) {
      const session = this.client.startSession();
      try {
        // The driver retries the callback on transient errors (write conflicts with a concurrent
        // commit), so positions are re-read from the new snapshot each time.
        await session.withTransaction(async () => {
          const plan = planCommit(writes, await this.writer.readPositions(ids, session), this.checkpoints);
          for (const [name, planned] of plan) await this.writer.apply(name, planned, session);
        }, TRANSACTION);
      } finally {
        await session.endSession();
      }
      return;
    }
    // No transaction (standalone server): documents first, checkpoints last. A crash in between
    // leaves documents ahead of their checkpoint; the runner then replays those events and every
    // guarded write finds a document at an equal position and changes nothing. What is lost is
    // all-or-nothing on failure: an `ifPosition` mismatch is still found before anything is
    // written, but a unique-index refusal (or a lost compare-and-set race) rejects the commit
    // after the writes of other documents have been applied. See docs/mongodb.md.
    const plan = planCommit(writes, await this.writer.readPositions(ids), this.checkpoints);
    for (const [name, planned] of plan) await this.writer.apply(name, planned);
  }

  async dropCollection(name: string): Promise<void> {
    assertCollectionName(name);
    try {
      await this.db.dropCollection(name);
    } catch (error) {
      if ((error as { code?: number }).code !== NAMESPACE_NOT_FOUND) throw error;
    }
  }

  async listCollections(): Promise<string[]> {
    const infos = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return infos.map((info) => info.name).filter((name) => !name.startsWith('system.')).sort();
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Asked once per store; a failed probe (server down) is asked again on the next commit. */
  private usesTransactions(): Promise<boolean> {
    if (this.options.transactions === 'never') return Promise.resolve(false);
    this.transactional ??= this.probe().catch((error: unknown) => {
      this.transactional = undefined;
      throw error;
    });
    return this.transactional;
  }

  private async probe(): Promise<boolean> {
    const admin = this.db.admin();
    try {
      return supportsTransactions(await admin.command({ hello: 1 }));
    } catch (error) {
      if ((error as { code?: number }).code !== COMMAND_NOT_FOUND) throw error;
      return supportsTransactions(await admin.command({ isMaster: 1 })); // servers before `hello`
    }
  }
}
