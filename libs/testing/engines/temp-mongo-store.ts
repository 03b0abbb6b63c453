import { MongoClient } from 'mongodb';
import { MongoDocumentStore, MongoDocumentStoreOptions } from '../../read-models/mongodb/mongo-document-store';

let opened = 0;

/** A MongoDocumentStore on a database of its own; `close` drops the database, so runs leave nothing behind. */
export function openTempMongoStore(url: string, purpose: string, options: MongoDocumentStoreOptions = {}) {
  const databaseName = `crm_test_${purpose}_${process.pid}_${Date.now().toString(36)}_${++opened}`;
  const store = new MongoDocumentStore(url, { ...options, databaseName });
  const close = async () => {
    await store.close();
    await dropTestDatabase(url, databaseName);
  };
  return { store, close, databaseName };
}

/** Drops a database a test made, so runs leave nothing behind. */
export async function dropTestDatabase(url: string, databaseName: string): Promise<void> {
  const admin = new MongoClient(url);
  try {
    await admin.db(databaseName).dropDatabase();
  } finally {
    await admin.close();
  }
}
