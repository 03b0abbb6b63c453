import type { Db } from 'mongodb';
import { Doc, DocumentCollection, Filter, FindOptions } from '../document-store.port';
import { assertCollectionName } from './mongo-names';
import { assertSafeFilter, assertSafePipeline } from './query-guards';

/**
 * Read side of one collection: MongoDB is the reference semantics, so queries go to the driver
 * unchanged once the guards have refused server-side code and writing stages.
 */
export class MongoCollection implements DocumentCollection {
  constructor(private readonly db: Db, private readonly name: string) {}

  async findOne(filter: Filter): Promise<Doc | null> {
    this.check(filter);
    return (await this.collection().findOne(filter)) as Doc | null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<Doc[]> {
    this.check(filter);
    let cursor = this.collection().find(filter);
    if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()) as Doc[];
  }

  async count(filter: Filter): Promise<number> {
    this.check(filter);
    return this.collection().countDocuments(filter);
  }

  async aggregate(pipeline: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    assertCollectionName(this.name);
    assertSafePipeline(pipeline);
    return this.collection().aggregate<Record<string, unknown>>(pipeline).toArray();
  }

  private check(filter: Filter): void {
    assertCollectionName(this.name);
    assertSafeFilter(filter);
  }

  private collection() {
    return this.db.collection<Doc>(this.name);
  }
}
