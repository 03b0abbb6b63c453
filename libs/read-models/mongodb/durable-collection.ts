import { Collection, Document, MongoClient } from 'mongodb';
import { redact } from './mongo-names';

export const DUPLICATE_KEY = 11000;

/**
 * What cannot be rebuilt (subject keys, leases) must survive a failover: a write acknowledged by
 * one member and then lost would erase a subject or let two holders act. Majority, journaled.
 */
export const DURABLE = { writeConcern: { w: 'majority' as const, j: true }, readConcern: { level: 'majority' as const } };

/** One collection of a database kept apart from the read models, with durable reads and writes. */
export function openDurableCollection<T extends Document>(url: string, databaseName: string, name: string): { client: MongoClient; collection: Collection<T>; location: string } {
  const client = new MongoClient(url);
  return { client, collection: client.db(databaseName).collection<T>(name, DURABLE), location: `MongoDB database ${databaseName} at ${redact(url)}` };
}
